import { ApiError } from '../contract/errors'
import type { ImportRowStatus } from '../contract/rosterImport'
import type { SqliteConnection } from '../db/sqliteConnection'
import { findPeopleByIds, findPeopleByPhones, findSimilarPeople, type ImportedPerson, type SimilarQuery } from '../db/repositories/rosterImportRepository'
import { readTable, UnreadableTableError } from '../domain/import/readTable'
import { findRepeatsInFile, readDataRow, readRosterHeader, type ParsedRoster } from '../domain/import/parseRoster'
import type { ColumnMapping } from '../contract/importFields'
import type { RosterRow } from '../domain/import/readRosterRow'
import { nameSearchKeys, type NameSearchKeys } from '../domain/nameSearchKeys'
import { mapInSlices, yieldToEventLoop } from './slices'

export const MAX_IMPORT_ROWS = 50_000

export interface ImportRequest {
  sessionId: string
  fileName: string
  dataBase64: string
  mapping?: ColumnMapping
  headerRow?: number
  consentConfirmed?: boolean
  markPresent?: boolean
}

export interface ClassifiedRow extends RosterRow {
  status: ImportRowStatus
  repeatOf: number | null
  /** The person the mobile already belongs to. */
  existing: ImportedPerson | undefined
  candidates: ImportedPerson[]
  /** Phone numbers (mobile and landline) are saved only with consent; otherwise a mobile only identifies the person. */
  keepPhone: boolean
}

/** A roster read from its file, with each name's search keys worked out once, before any transaction. */
export interface LoadedRoster extends ParsedRoster {
  nameKeys: Map<number, NameSearchKeys>
  repeats: Map<number, number>
}

/** The file as rows, or an ApiError a worker can act on. Pure: reads nothing from the database. */
export async function loadRoster(request: ImportRequest): Promise<LoadedRoster> {
  const bytes = Buffer.from(request.dataBase64, 'base64')
  if (bytes.length === 0) throw new ApiError('invalid_input', 'import_empty')
  let table: string[][]
  try {
    table = await readTable(request.fileName, bytes)
  } catch (error) {
    if (error instanceof UnreadableTableError) throw new ApiError('invalid_input', error.messageKey)
    throw new ApiError('invalid_input', 'import_unreadable')
  }
  if (request.headerRow !== undefined && request.headerRow > table.length) {
    throw new ApiError('invalid_input', 'import_header_row_beyond', { rows: table.length }, { headerRow: 'import_header_row_beyond' })
  }
  await yieldToEventLoop()
  const { dataRows, ...header } = readRosterHeader(table, request.mapping, request.headerRow)
  const rows = (await mapInSlices(dataRows, (row) => readDataRow(row, header.mapping))).filter((row) => row !== null)
  if (header.columns.length === 0 || rows.length === 0) throw new ApiError('invalid_input', 'import_empty')
  if (rows.length > MAX_IMPORT_ROWS) throw new ApiError('invalid_input', 'import_too_many_rows', { max: MAX_IMPORT_ROWS })
  const named = rows.filter((row) => row.fields.name !== '')
  const nameKeys = new Map(await mapInSlices(named, (row) => [row.rowNumber, nameSearchKeys(row.fields.name)] as const))
  return { ...header, rows, nameKeys, repeats: findRepeatsInFile(rows) }
}

export function hasConsentColumn(mapping: ColumnMapping): boolean {
  return mapping.consent !== undefined && mapping.consent !== null
}

function hasErrors(row: RosterRow): boolean {
  return Object.keys(row.errors).length > 0
}

/** Everything importing a roster needs to know about the people already on file. */
export interface RosterLookups {
  /** Owners of the file's mobiles, by mobile. */
  owners: Map<string, ImportedPerson>
  /** People with a similar name in the same neighbourhood, by row number, for rows no kept mobile identifies. */
  similar: Map<number, ImportedPerson[]>
  /** The people the worker said rows are ("same person"), by id. */
  chosen: Map<string, ImportedPerson>
}

/** The lookups for a whole file in three statements (owners of its mobiles, similar names, chosen people), never one per row. */
export async function lookUpRoster(db: SqliteConnection, roster: LoadedRoster, consentConfirmed: boolean, chosenIds: readonly string[]): Promise<RosterLookups> {
  const candidate = (row: RosterRow) => !hasErrors(row) && !roster.repeats.has(row.rowNumber)
  const phones = [...new Set(roster.rows.filter(candidate).flatMap((row) => (row.fields.phone ? [row.fields.phone] : [])))]
  const owners = new Map((await findPeopleByPhones(db, phones)).map((person) => [person.phone!, person]))

  // A kept mobile identifies the person; without one, a similar name in the same neighbourhood may be them.
  const needsSimilar = (row: RosterRow) => candidate(row) && !(row.fields.phone && owners.has(row.fields.phone)) && !(row.fields.phone && (row.consent ?? consentConfirmed))
  const queries: SimilarQuery[] = []
  const queryIndex = new Map<string, number>()
  const queryOf = new Map<number, number>()
  for (const row of roster.rows.filter(needsSimilar)) {
    const query = { name: row.fields.name, pinyin: roster.nameKeys.get(row.rowNumber)?.pinyin ?? '', neighbourhood: row.fields.neighbourhood }
    const key = JSON.stringify(query)
    if (!queryIndex.has(key)) queryIndex.set(key, queries.push(query) - 1)
    queryOf.set(row.rowNumber, queryIndex.get(key)!)
  }
  const found = await findSimilarPeople(db, queries)
  const similar = new Map([...queryOf].map(([rowNumber, query]) => [rowNumber, found[query]]))
  const chosen = new Map((await findPeopleByIds(db, [...new Set(chosenIds)])).map((person) => [person.id, person]))
  return { owners, similar, chosen }
}

/** Who was found and how each stood, to tell whether lookups made earlier still hold. */
export function lookupsFingerprint({ owners, similar, chosen }: RosterLookups): string {
  const stamp = (person: ImportedPerson) => `${person.id}@${person.updated_at}`
  return JSON.stringify([[...owners.values()].map(stamp).sort(), [...similar].map(([row, people]) => [row, people.map(stamp)]), [...chosen.values()].map(stamp).sort()])
}

/** What importing each row would do, judged against the people already on file. Reads nothing. */
export function classifyRoster(roster: LoadedRoster, lookups: RosterLookups, consentConfirmed: boolean): Promise<ClassifiedRow[]> {
  return mapInSlices(roster.rows, (row): ClassifiedRow => {
    const keepPhone = (row.fields.phone !== null || row.landline !== null) && (row.consent ?? consentConfirmed)
    const base = { ...row, repeatOf: null, existing: undefined, candidates: [], keepPhone }
    if (hasErrors(row)) return { ...base, status: 'error' }
    const repeatOf = roster.repeats.get(row.rowNumber)
    if (repeatOf !== undefined) return { ...base, status: 'duplicate_in_file', repeatOf }
    const existing = row.fields.phone ? lookups.owners.get(row.fields.phone) : undefined
    if (existing) return { ...base, status: 'update', existing }
    const candidates = lookups.similar.get(row.rowNumber) ?? []
    return { ...base, status: candidates.length > 0 ? 'possible_duplicate' : 'new', candidates }
  })
}

/** A number the file gives that will not be saved: no consent, and (for a mobile) not already this person's number. */
export function phoneDropped(row: ClassifiedRow): boolean {
  if (row.keepPhone || row.status === 'error' || row.status === 'duplicate_in_file') return false
  return row.landline !== null || (row.fields.phone !== null && row.status !== 'update')
}
