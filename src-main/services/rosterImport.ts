import { ApiError } from '../contract/errors'
import { DEFAULT_CONSENT_PURPOSE } from '../contract/attendees'
import type { ImportDecision, ImportRowStatus } from '../contract/rosterImport'
import type { SqliteConnection } from '../db/sqliteConnection'
import { findAttendeeByPhone, findSimilarAttendees, type AttendeeRow } from '../db/repositories/attendeesRepository'
import { readTable, UnreadableTableError } from '../domain/import/readTable'
import { findRepeatsInFile, parseRoster, type ParsedRoster } from '../domain/import/parseRoster'
import type { ColumnMapping } from '../contract/importFields'
import type { RosterRow } from '../domain/import/readRosterRow'
import { signUpPerson, type SignUpEnvironment } from './signUpPerson'

export const MAX_IMPORT_ROWS = 50_000

export interface ImportRequest {
  sessionId: string
  fileName: string
  dataBase64: string
  mapping?: ColumnMapping
  consentConfirmed?: boolean
  markPresent?: boolean
}

export interface ClassifiedRow extends RosterRow {
  status: ImportRowStatus
  repeatOf: number | null
  /** The person the phone already belongs to. */
  existing: AttendeeRow | undefined
  candidates: AttendeeRow[]
  /** The phone is saved only with consent; otherwise it only identifies the person. */
  keepPhone: boolean
}

/** The file as rows, or an ApiError a worker can act on. Pure: reads nothing from the database. */
export async function loadRoster(request: ImportRequest): Promise<ParsedRoster> {
  const bytes = Buffer.from(request.dataBase64, 'base64')
  if (bytes.length === 0) throw new ApiError('invalid_input', 'import_empty')
  let table: string[][]
  try {
    table = await readTable(request.fileName, bytes)
  } catch (error) {
    if (error instanceof UnreadableTableError) throw new ApiError('invalid_input', error.messageKey)
    throw new ApiError('invalid_input', 'import_unreadable')
  }
  const roster = parseRoster(table, request.mapping)
  if (roster.columns.length === 0 || roster.rows.length === 0) throw new ApiError('invalid_input', 'import_empty')
  if (roster.rows.length > MAX_IMPORT_ROWS) throw new ApiError('invalid_input', 'import_too_many_rows', { max: MAX_IMPORT_ROWS })
  return roster
}

export function hasConsentColumn(mapping: ColumnMapping): boolean {
  return mapping.consent !== undefined && mapping.consent !== null
}

/** What importing each row would do, judged against the people already on file. */
export async function classifyRoster(db: SqliteConnection, roster: ParsedRoster, consentConfirmed: boolean): Promise<ClassifiedRow[]> {
  const repeats = findRepeatsInFile(roster.rows)
  const classified: ClassifiedRow[] = []
  for (const row of roster.rows) {
    const keepPhone = row.fields.phone !== null && (row.consent ?? consentConfirmed)
    const base = { ...row, repeatOf: null, existing: undefined, candidates: [], keepPhone }
    if (Object.keys(row.errors).length > 0) {
      classified.push({ ...base, status: 'error' })
      continue
    }
    const repeatOf = repeats.get(row.rowNumber)
    if (repeatOf !== undefined) {
      classified.push({ ...base, status: 'duplicate_in_file', repeatOf })
      continue
    }
    const existing = row.fields.phone ? await findAttendeeByPhone(db, row.fields.phone) : undefined
    if (existing) {
      classified.push({ ...base, status: 'update', existing })
      continue
    }
    const candidates = keepPhone ? [] : await findSimilarAttendees(db, row.fields.name, row.fields.neighbourhood)
    classified.push({ ...base, status: candidates.length > 0 ? 'possible_duplicate' : 'new', candidates })
  }
  return classified
}

/** A phone the file gives that will not be saved: no consent, and not already this person's number. */
export function phoneDropped(row: ClassifiedRow): boolean {
  return row.fields.phone !== null && !row.keepPhone && row.status !== 'update' && row.status !== 'error' && row.status !== 'duplicate_in_file'
}

export interface ImportOutcome {
  created: number
  updated: number
  phonesDropped: number
  skipped: { rowNumber: number; messageKey: string; params: Record<string, string | number> }[]
}

/** Who a row becomes, or why it is skipped. */
function resolveRow(row: ClassifiedRow, decision: ImportDecision | undefined): { attendeeId?: string; confirmedNew?: boolean } | { skip: string; params?: Record<string, string | number> } {
  switch (row.status) {
    case 'error':
      return { skip: 'import_skipped_error' }
    case 'duplicate_in_file':
      return { skip: 'import_repeat_in_file', params: { row: row.repeatOf ?? 0 } }
    case 'update':
      return { attendeeId: row.existing!.id }
    case 'new':
      return { confirmedNew: true }
    case 'possible_duplicate':
      if (decision?.action === 'same') return { attendeeId: decision.attendeeId }
      if (decision?.action === 'new') return { confirmedNew: true }
      return { skip: decision?.action === 'skip' ? 'import_skipped_by_worker' : 'import_undecided' }
  }
}

/** Writes every row that can be written, inside the caller's one transaction. */
export async function writeRoster(
  tx: SqliteConnection,
  environment: SignUpEnvironment,
  request: ImportRequest,
  rows: readonly ClassifiedRow[],
  decisions: readonly ImportDecision[] = [],
): Promise<ImportOutcome> {
  const decisionByRow = new Map(decisions.map((decision) => [decision.rowNumber, decision]))
  const outcome: ImportOutcome = { created: 0, updated: 0, phonesDropped: 0, skipped: [] }
  for (const row of rows) {
    const resolution = resolveRow(row, decisionByRow.get(row.rowNumber))
    if ('skip' in resolution) {
      outcome.skipped.push({ rowNumber: row.rowNumber, messageKey: resolution.skip, params: resolution.params ?? {} })
      continue
    }
    try {
      const result = await signUpPerson(tx, environment, {
        sessionId: request.sessionId,
        fields: { ...row.fields, phone: row.keepPhone ? row.fields.phone : null },
        consent: row.keepPhone,
        consentPurpose: DEFAULT_CONSENT_PURPOSE,
        source: 'import',
        checkIn: request.markPresent,
        ...resolution,
      })
      if (result.created) outcome.created += 1
      else outcome.updated += 1
      if (phoneDropped(row)) outcome.phonesDropped += 1
    } catch (error) {
      if (!(error instanceof ApiError) || error.code === 'storage_error') throw error
      outcome.skipped.push({ rowNumber: row.rowNumber, messageKey: error.messageKey, params: error.params })
    }
  }
  return outcome
}
