import type { SqliteConnection } from '../sqliteConnection'
import type { ConsentRecord, PersonAttendance, PersonListItem } from '../../contract/peopleAdmin'
import type { PersonSummary } from '../../contract/people'
import { nameSearchKeys } from '../../domain/nameSearchKeys'
import { maskLandline } from '../../contract/phone'
import { toPersonSummary, type AttendeeFields, type AttendeeRow } from './attendeesRepository'
import { recordDeletions } from '../deletionLog'
import { countIndexHits, personSearchCondition, WALK_IN_ORDER_ABOVE, type PersonSearchCondition } from './personSearch'

export interface PeopleFilter {
  query?: string
  neighbourhood?: string
  ageGroup?: NonNullable<PersonSummary['ageGroup']>
}

type EnrichedRow = Pick<AttendeeRow, 'id' | 'name' | 'phone' | 'age_group' | 'neighbourhood' | 'gender' | 'last_seen_at' | 'created_at'> & {
  landline: string | null
  attendance_count: number
  checked_in_count: number
  consent_given_at: string | null
  any_consent: number
}

/** What a row of the list shows, and nothing more: fewer values to copy out of SQLite for every row. */
const LIST_COLUMNS = 'p.id, p.name, p.phone, p.age_group, p.neighbourhood, p.gender, p.last_seen_at, p.created_at, p.landline'

/** Columns added to a page of people; evaluated only for the rows of that page. */
const ENRICHMENT = `
  (SELECT COUNT(*) FROM attendance a WHERE a.attendee_id = p.id) AS attendance_count,
  (SELECT COUNT(*) FROM attendance a WHERE a.attendee_id = p.id AND a.checked_in_at IS NOT NULL) AS checked_in_count,
  (SELECT MAX(c.given_at) FROM consents c WHERE c.attendee_id = p.id AND c.withdrawn_at IS NULL) AS consent_given_at,
  EXISTS (SELECT 1 FROM consents c WHERE c.attendee_id = p.id) AS any_consent`

function toPersonListItem(row: EnrichedRow): PersonListItem {
  return {
    ...toPersonSummary(row),
    landlineMasked: maskLandline(row.landline),
    lastSeenAt: row.last_seen_at,
    createdAt: row.created_at,
    attendanceCount: row.attendance_count,
    checkedInCount: row.checked_in_count,
    consentStatus: row.consent_given_at ? 'given' : row.any_consent ? 'withdrawn' : 'none',
    consentGivenAt: row.consent_given_at,
  }
}

function filterCondition(filter: PeopleFilter, search: PersonSearchCondition | undefined): { where: string; params: string[] } {
  const parts: string[] = []
  const params: string[] = []
  if (search) {
    parts.push(search.where)
    params.push(...search.params)
  }
  if (filter.neighbourhood !== undefined && filter.neighbourhood !== '') {
    parts.push('p.neighbourhood = ?')
    params.push(filter.neighbourhood)
  }
  if (filter.ageGroup) {
    parts.push('p.age_group = ?')
    params.push(filter.ageGroup)
  }
  return { where: parts.length ? parts.join(' AND ') : '1', params }
}

async function countPeople(db: SqliteConnection, filter: PeopleFilter, search: PersonSearchCondition | undefined): Promise<number> {
  const searchOnly = !filter.neighbourhood && !filter.ageGroup
  if (search?.indexMatch && searchOnly) return countIndexHits(db, search.indexMatch)
  const { where, params } = filterCondition(filter, search)
  const [row] = await db.allPrepared<{ n: number }>(`SELECT COUNT(*) AS n FROM attendees p WHERE ${where}`, params)
  return row?.n ?? 0
}

/**
 * Most recently seen first; the page is cut before the per-person counts are worked out. Ties go by rowid, which
 * the last_seen_at index already carries, so no page ever needs a sort of the whole table. A search sorts its hits
 * when they are few, and otherwise walks that index keeping the hits.
 */
export async function listPeople(db: SqliteConnection, filter: PeopleFilter, offset: number, limit: number): Promise<{ items: PersonListItem[]; total: number }> {
  const search = filter.query ? personSearchCondition(filter.query) : undefined
  const { where, params } = filterCondition(filter, search)
  const total = await countPeople(db, filter, search)
  if (total === 0) return { items: [], total }
  const access = !search?.indexMatch ? '' : total > WALK_IN_ORDER_ABOVE ? 'INDEXED BY attendees_by_last_seen' : 'NOT INDEXED'
  const rows = await db.allPrepared<EnrichedRow>(
    `SELECT ${LIST_COLUMNS}, ${ENRICHMENT}
     FROM (SELECT p.rowid AS row_order, ${LIST_COLUMNS} FROM attendees p ${access} WHERE ${where} ORDER BY p.last_seen_at DESC, p.rowid DESC LIMIT ? OFFSET ?) p
     ORDER BY p.last_seen_at DESC, p.row_order DESC`,
    [...params, limit, offset],
  )
  return { items: rows.map(toPersonListItem), total }
}

export async function findPersonListItems(db: SqliteConnection, ids: readonly string[]): Promise<Map<string, PersonListItem>> {
  if (ids.length === 0) return new Map()
  const rows = await db.all<EnrichedRow>(`SELECT ${LIST_COLUMNS}, ${ENRICHMENT} FROM attendees p WHERE p.id IN (${ids.map(() => '?').join(', ')})`, ids)
  return new Map(rows.map((row) => [row.id, toPersonListItem(row)]))
}

export async function findPersonListItem(db: SqliteConnection, id: string): Promise<PersonListItem | undefined> {
  return (await findPersonListItems(db, [id])).get(id)
}

export async function listPersonAttendance(db: SqliteConnection, attendeeId: string): Promise<PersonAttendance[]> {
  const rows = await db.all<{
    session_id: string
    title: string
    starts_at: string
    place: string
    source: PersonAttendance['source']
    created_at: string
    checked_in_at: string | null
  }>(
    `SELECT a.session_id, s.title, s.starts_at, s.place, a.source, a.created_at, a.checked_in_at
     FROM attendance a JOIN sessions s ON s.id = a.session_id
     WHERE a.attendee_id = ? ORDER BY s.starts_at DESC`,
    [attendeeId],
  )
  return rows.map((row) => ({
    sessionId: row.session_id,
    title: row.title,
    startsAt: row.starts_at,
    place: row.place,
    source: row.source,
    registeredAt: row.created_at,
    checkedInAt: row.checked_in_at,
  }))
}

export async function listConsents(db: SqliteConnection, attendeeId: string): Promise<ConsentRecord[]> {
  const rows = await db.all<{ id: string; purpose: string; given_at: string; withdrawn_at: string | null }>(
    'SELECT id, purpose, given_at, withdrawn_at FROM consents WHERE attendee_id = ? ORDER BY given_at',
    [attendeeId],
  )
  return rows.map((row) => ({ id: row.id, purpose: row.purpose, givenAt: row.given_at, withdrawnAt: row.withdrawn_at }))
}

export async function withdrawConsents(tx: SqliteConnection, attendeeId: string, timestamp: string): Promise<void> {
  await tx.run('UPDATE consents SET withdrawn_at = ?, updated_at = ? WHERE attendee_id = ? AND withdrawn_at IS NULL', [timestamp, timestamp, attendeeId])
}

export async function hasActiveConsent(db: SqliteConnection, attendeeId: string): Promise<boolean> {
  return (await db.get('SELECT 1 FROM consents WHERE attendee_id = ? AND withdrawn_at IS NULL', [attendeeId])) !== undefined
}

export async function listNeighbourhoods(db: SqliteConnection): Promise<{ name: string; people: number }[]> {
  return db.all<{ name: string; people: number }>(
    `SELECT neighbourhood AS name, COUNT(*) AS people FROM attendees WHERE neighbourhood <> ''
     GROUP BY neighbourhood ORDER BY people DESC, neighbourhood LIMIT 500`,
  )
}

/** Deletes the person, logging the deletion (id and time only); attendance, consents and distinct-pair notes go with them (ON DELETE CASCADE). */
export async function deletePerson(tx: SqliteConnection, attendeeId: string, deletedAt: string): Promise<{ attendance: number; consents: number }> {
  const counts = await tx.get<{ attendance: number; consents: number }>(
    `SELECT (SELECT COUNT(*) FROM attendance WHERE attendee_id = ?) AS attendance, (SELECT COUNT(*) FROM consents WHERE attendee_id = ?) AS consents`,
    [attendeeId, attendeeId],
  )
  await recordDeletions(tx, 'id = ?', [attendeeId], deletedAt)
  await tx.run('DELETE FROM attendees WHERE id = ?', [attendeeId])
  return counts!
}

export async function updatePersonRecord(tx: SqliteConnection, id: string, fields: AttendeeFields, timestamp: string): Promise<void> {
  const keys = nameSearchKeys(fields.name)
  await tx.run(`UPDATE attendees SET name = ?, name_initials = ?, name_pinyin = ?, phone = ?, age_group = ?, neighbourhood = ?, gender = ?, updated_at = ? WHERE id = ?`, [
    fields.name,
    keys.initials,
    keys.pinyin,
    fields.phone,
    fields.ageGroup,
    fields.neighbourhood,
    fields.gender,
    timestamp,
    id,
  ])
}
