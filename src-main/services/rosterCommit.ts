import { DEFAULT_CONSENT_PURPOSE } from '../contract/attendees'
import type { ImportDecision } from '../contract/rosterImport'
import type { SqliteConnection } from '../db/sqliteConnection'
import {
  checkInPeople,
  insertPeople,
  recordConsents,
  refreshPeople,
  jsonRows,
  newPersonColumns,
  pairColumns,
  refreshColumns,
  registerPeople,
  type ImportedPerson,
  type JsonRows,
  type NewPersonRecord,
  type PersonRefresh,
} from '../db/repositories/rosterImportRepository'
import { nameSearchKeys, type NameSearchKeys } from '../domain/nameSearchKeys'
import type { ClassifiedRow, ImportRequest } from './rosterImport'
import { phoneDropped } from './rosterImport'
import { SLICE_ROWS, yieldToEventLoop } from './slices'

export interface ImportOutcome {
  created: number
  updated: number
  phonesDropped: number
  skipped: { rowNumber: number; messageKey: string; params: Record<string, string | number> }[]
}

type Resolution = { attendeeId: string } | { createNew: true } | { skip: string; params?: Record<string, string | number> }

/** Who a row becomes, or why it is skipped. */
function resolveRow(row: ClassifiedRow, decision: ImportDecision | undefined): Resolution {
  switch (row.status) {
    case 'error':
      return { skip: 'import_skipped_error' }
    case 'duplicate_in_file':
      return { skip: 'import_repeat_in_file', params: { row: row.repeatOf ?? 0 } }
    case 'update':
      return { attendeeId: row.existing!.id }
    case 'new':
      return { createNew: true }
    case 'possible_duplicate':
      if (decision?.action === 'same') return { attendeeId: decision.attendeeId! }
      if (decision?.action === 'new') return { createNew: true }
      return { skip: decision?.action === 'skip' ? 'import_skipped_by_worker' : 'import_undecided' }
  }
}

function refreshFrom(person: ImportedPerson): PersonRefresh {
  return {
    id: person.id,
    name: person.name,
    initials: person.name_initials,
    pinyin: person.name_pinyin,
    landline: person.landline,
    ageGroup: person.age_group,
    neighbourhood: person.neighbourhood,
    gender: person.gender,
  }
}

/** Newer answers replace older ones; a field this row left empty keeps what was known (as sign-up does). */
function applyRow(current: PersonRefresh, row: ClassifiedRow, keys: NameSearchKeys | undefined): PersonRefresh {
  const name = row.fields.name || current.name
  const nameKeys = keys ?? nameSearchKeys(name)
  return {
    id: current.id,
    name,
    initials: nameKeys.initials,
    pinyin: nameKeys.pinyin,
    landline: (row.keepPhone ? row.landline : null) ?? current.landline,
    ageGroup: row.fields.ageGroup ?? current.ageGroup,
    neighbourhood: row.fields.neighbourhood || current.neighbourhood,
    gender: row.fields.gender ?? current.gender,
  }
}

/** Each list as the JSON its one statement takes. */
export interface RosterWrites {
  created: JsonRows
  refreshed: JsonRows
  consents: JsonRows
  registrations: JsonRows
  registeredPeople: JsonRows
}

export interface RosterPlan {
  outcome: ImportOutcome
  writes: RosterWrites
}

/**
 * Turns the classified rows into whole lists (new people, changed people, consents, registrations) and the
 * outcome to report. Reads nothing, so it runs before the write transaction, a slice of rows at a time, and
 * hands each list over as JSON; writeRoster then makes each list one statement.
 */
export async function planRoster(
  rows: readonly ClassifiedRow[],
  chosen: ReadonlyMap<string, ImportedPerson>,
  nameKeys: ReadonlyMap<number, NameSearchKeys>,
  decisions: readonly ImportDecision[],
  newId: () => string,
): Promise<RosterPlan> {
  const decisionByRow = new Map(decisions.map((decision) => [decision.rowNumber, decision]))
  const outcome: ImportOutcome = { created: 0, updated: 0, phonesDropped: 0, skipped: [] }
  const created: NewPersonRecord[] = []
  const refreshed = new Map<string, PersonRefresh>()
  const consenting = new Set<string>()
  const registered = new Set<string>()
  for (const [index, row] of rows.entries()) {
    if (index > 0 && index % SLICE_ROWS === 0) await yieldToEventLoop()
    const resolution = resolveRow(row, decisionByRow.get(row.rowNumber))
    if ('skip' in resolution) {
      outcome.skipped.push({ rowNumber: row.rowNumber, messageKey: resolution.skip, params: resolution.params ?? {} })
      continue
    }
    let attendeeId: string
    if ('createNew' in resolution) {
      const keys = nameKeys.get(row.rowNumber) ?? nameSearchKeys(row.fields.name)
      attendeeId = newId()
      created.push({
        id: attendeeId,
        name: row.fields.name,
        initials: keys.initials,
        pinyin: keys.pinyin,
        phone: row.keepPhone ? row.fields.phone : null,
        landline: row.keepPhone ? row.landline : null,
        ageGroup: row.fields.ageGroup,
        neighbourhood: row.fields.neighbourhood,
        gender: row.fields.gender,
      })
      outcome.created += 1
    } else {
      const person = row.status === 'update' ? row.existing : chosen.get(resolution.attendeeId)
      if (!person) {
        outcome.skipped.push({ rowNumber: row.rowNumber, messageKey: 'attendee_not_found', params: {} })
        continue
      }
      attendeeId = person.id
      refreshed.set(attendeeId, applyRow(refreshed.get(attendeeId) ?? refreshFrom(person), row, nameKeys.get(row.rowNumber)))
      outcome.updated += 1
    }
    if (row.keepPhone) consenting.add(attendeeId)
    registered.add(attendeeId)
    if (phoneDropped(row)) outcome.phonesDropped += 1
  }
  await yieldToEventLoop()
  const registrations = withSortedIds([...registered], newId)
  return {
    outcome,
    writes: {
      created: jsonRows(
        created.sort((a, b) => compare(a.id, b.id)),
        newPersonColumns,
      ),
      refreshed: jsonRows([...refreshed.values()], refreshColumns),
      consents: jsonRows(withSortedIds([...consenting], newId), pairColumns),
      registrations: jsonRows(registrations, pairColumns),
      registeredPeople: jsonRows(registrations, (registration) => registration.attendeeId),
    },
  }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * New rows for these people, in the order of both their own ids and the people's, so each index takes its new
 * keys front to back instead of jumping between pages: less work inside the write transaction.
 */
function withSortedIds(attendeeIds: string[], newId: () => string): { id: string; attendeeId: string }[] {
  const ids = attendeeIds.map(() => newId()).sort(compare)
  return attendeeIds.sort(compare).map((attendeeId, index) => ({ id: ids[index], attendeeId }))
}

/** Writes a plan inside the caller's one transaction: five statements whatever the number of rows. */
export async function writeRoster(tx: SqliteConnection, writes: RosterWrites, request: ImportRequest, timestamp: string): Promise<void> {
  await insertPeople(tx, writes.created, timestamp)
  await refreshPeople(tx, writes.refreshed, timestamp)
  await recordConsents(tx, writes.consents, DEFAULT_CONSENT_PURPOSE, timestamp)
  await registerPeople(tx, request.sessionId, writes.registrations, 'import', timestamp)
  if (request.markPresent) await checkInPeople(tx, request.sessionId, writes.registeredPeople, timestamp)
}
