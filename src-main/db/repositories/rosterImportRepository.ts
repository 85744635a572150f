import type { SqliteConnection } from '../sqliteConnection'
import type { RosterEntry } from '../../contract/attendance'
import type { AttendeeRow } from './attendeesRepository'

/**
 * Roster import reads and writes thousands of rows at once. Each function here is one statement over a JSON
 * array (json_each), so 10,000 rows cost a handful of round trips instead of tens of thousands.
 */

export type ImportedPerson = AttendeeRow & { landline: string | null }

/** The people who own any of these mobiles. */
export function findPeopleByPhones(db: SqliteConnection, phones: readonly string[]): Promise<ImportedPerson[]> {
  if (phones.length === 0) return Promise.resolve([])
  return db.all<ImportedPerson>('SELECT p.* FROM attendees p WHERE p.phone IN (SELECT value FROM json_each(?))', [JSON.stringify(phones)])
}

export function findPeopleByIds(db: SqliteConnection, ids: readonly string[]): Promise<ImportedPerson[]> {
  if (ids.length === 0) return Promise.resolve([])
  return db.all<ImportedPerson>('SELECT p.* FROM attendees p WHERE p.id IN (SELECT value FROM json_each(?))', [JSON.stringify(ids)])
}

export interface SimilarQuery {
  name: string
  pinyin: string
  neighbourhood: string
}

const MAX_SIMILAR = 10

/**
 * For each query, the people with the same name or the same (non-empty) pinyin in the same neighbourhood, most
 * recently seen first, at most 10: the rule of findSimilarAttendees, for many people in one statement.
 */
export async function findSimilarPeople(db: SqliteConnection, queries: readonly SimilarQuery[]): Promise<ImportedPerson[][]> {
  const found: ImportedPerson[][] = queries.map(() => [])
  if (queries.length === 0) return found
  const rows = await db.all<ImportedPerson & { wanted: number }>(
    `WITH wanted AS (SELECT key AS k, value->>0 AS name, value->>1 AS pinyin, value->>2 AS neighbourhood FROM json_each(?)),
     matches AS (
       SELECT w.k AS wanted, p.rowid AS person_row FROM wanted w JOIN attendees p ON p.neighbourhood = w.neighbourhood AND p.name = w.name
       UNION
       SELECT w.k, p.rowid FROM wanted w JOIN attendees p ON p.neighbourhood = w.neighbourhood AND p.name_pinyin = w.pinyin WHERE w.pinyin <> ''
     ),
     ranked AS (
       SELECT m.wanted, m.person_row, row_number() OVER (PARTITION BY m.wanted ORDER BY p.last_seen_at DESC) AS place
       FROM matches m JOIN attendees p ON p.rowid = m.person_row
     )
     SELECT r.wanted, p.* FROM ranked r JOIN attendees p ON p.rowid = r.person_row WHERE r.place <= ${MAX_SIMILAR}
     ORDER BY r.wanted, r.place`,
    [JSON.stringify(queries.map((query) => [query.name, query.pinyin, query.neighbourhood]))],
  )
  for (const { wanted, ...person } of rows) found[wanted].push(person)
  return found
}

export interface NewPersonRecord {
  id: string
  name: string
  initials: string
  pinyin: string
  phone: string | null
  landline: string | null
  ageGroup: string | null
  neighbourhood: string
  gender: string | null
}

/**
 * Rows for one set-based statement, turned into JSON text before the write transaction begins, so the
 * transaction spends no time on it.
 */
export interface JsonRows {
  count: number
  json: string
}

export function jsonRows<T>(rows: readonly T[], columns: (row: T) => unknown): JsonRows {
  return { count: rows.length, json: JSON.stringify(rows.map(columns)) }
}

export const newPersonColumns = (p: NewPersonRecord) => [p.id, p.name, p.initials, p.pinyin, p.phone, p.landline, p.ageGroup, p.neighbourhood, p.gender]

export async function insertPeople(tx: SqliteConnection, people: JsonRows, timestamp: string): Promise<void> {
  if (people.count === 0) return
  await tx.run(
    `INSERT INTO attendees (id, name, name_initials, name_pinyin, phone, landline, age_group, neighbourhood, gender, last_seen_at, created_at, updated_at)
     SELECT value->>0, value->>1, value->>2, value->>3, value->>4, value->>5, value->>6, value->>7, value->>8, ?1, ?1, ?1 FROM json_each(?2)`,
    [timestamp, people.json],
  )
}

/** The fields an import leaves on a person already on file; the mobile is never changed by an import. */
export type PersonRefresh = Omit<NewPersonRecord, 'phone'>

export const refreshColumns = (p: PersonRefresh) => [p.id, p.name, p.initials, p.pinyin, p.landline, p.ageGroup, p.neighbourhood, p.gender]

export async function refreshPeople(tx: SqliteConnection, people: JsonRows, timestamp: string): Promise<void> {
  if (people.count === 0) return
  await tx.run(
    `UPDATE attendees SET name = u.value->>1, name_initials = u.value->>2, name_pinyin = u.value->>3, landline = u.value->>4,
       age_group = u.value->>5, neighbourhood = u.value->>6, gender = u.value->>7, last_seen_at = ?1, updated_at = ?1
     FROM json_each(?2) u WHERE attendees.id = u.value->>0`,
    [timestamp, people.json],
  )
}

/** A new row's id and the person it is for. */
export const pairColumns = (pair: { id: string; attendeeId: string }) => [pair.id, pair.attendeeId]

/** A consent for each person who has no active one for this purpose. */
export async function recordConsents(tx: SqliteConnection, consents: JsonRows, purpose: string, timestamp: string): Promise<void> {
  if (consents.count === 0) return
  await tx.run(
    `INSERT INTO consents (id, attendee_id, purpose, given_at, created_at, updated_at)
     SELECT c.value->>0, c.value->>1, ?1, ?2, ?2, ?2 FROM json_each(?3) c
     WHERE NOT EXISTS (SELECT 1 FROM consents x WHERE x.attendee_id = c.value->>1 AND x.purpose = ?1 AND x.withdrawn_at IS NULL)`,
    [purpose, timestamp, consents.json],
  )
}

/** Registers each person for the session; someone already registered keeps their row and its source. */
export async function registerPeople(tx: SqliteConnection, sessionId: string, registrations: JsonRows, source: RosterEntry['source'], timestamp: string): Promise<void> {
  if (registrations.count === 0) return
  await tx.run(
    `INSERT INTO attendance (id, session_id, attendee_id, source, created_at, updated_at)
     SELECT value->>0, ?1, value->>1, ?2, ?3, ?3 FROM json_each(?4) WHERE true
     ON CONFLICT (session_id, attendee_id) DO NOTHING`,
    [sessionId, source, timestamp, registrations.json],
  )
}

/** Checks these people in; a check-in already standing keeps its first time. */
export async function checkInPeople(tx: SqliteConnection, sessionId: string, attendeeIds: JsonRows, timestamp: string): Promise<void> {
  if (attendeeIds.count === 0) return
  await tx.run(
    `UPDATE attendance SET checked_in_at = ?1, updated_at = ?1
     WHERE session_id = ?2 AND checked_in_at IS NULL AND attendee_id IN (SELECT value FROM json_each(?3))`,
    [timestamp, sessionId, attendeeIds.json],
  )
}
