import type { SqliteConnection } from '../sqliteConnection'
import type { PersonSummary } from '../../api/contracts/people'
import { maskPhone } from '../../domain/phone'
import { nameSearchKeys } from '../../domain/nameSearchKeys'

export interface AttendeeRow {
  id: string
  name: string
  name_initials: string
  name_pinyin: string
  phone: string | null
  age_group: PersonSummary['ageGroup']
  neighbourhood: string
  gender: PersonSummary['gender']
  last_seen_at: string
  created_at: string
  updated_at: string
}

export interface AttendeeFields {
  name: string
  phone: string | null
  ageGroup: PersonSummary['ageGroup']
  neighbourhood: string
  gender: PersonSummary['gender']
}

export function toPersonSummary(row: Pick<AttendeeRow, 'id' | 'name' | 'phone' | 'age_group' | 'neighbourhood' | 'gender'>): PersonSummary {
  return {
    attendeeId: row.id,
    name: row.name,
    phoneMasked: maskPhone(row.phone),
    hasPhone: row.phone !== null,
    ageGroup: row.age_group,
    neighbourhood: row.neighbourhood,
    gender: row.gender,
  }
}

export function findAttendee(db: SqliteConnection, id: string): Promise<AttendeeRow | undefined> {
  return db.get<AttendeeRow>('SELECT * FROM attendees WHERE id = ?', [id])
}

export function findAttendeeByPhone(db: SqliteConnection, phone: string): Promise<AttendeeRow | undefined> {
  return db.get<AttendeeRow>('SELECT * FROM attendees WHERE phone = ?', [phone])
}

/** Same name, or a name that sounds the same (张三 / 章三), in the same neighbourhood. */
export function findSimilarAttendees(db: SqliteConnection, name: string, neighbourhood: string): Promise<AttendeeRow[]> {
  const { pinyin } = nameSearchKeys(name)
  return db.all<AttendeeRow>(
    `SELECT * FROM attendees
     WHERE (name = ? OR (name_pinyin = ? AND name_pinyin <> '')) AND neighbourhood = ?
     ORDER BY last_seen_at DESC LIMIT 10`,
    [name, pinyin, neighbourhood],
  )
}

export async function insertAttendee(tx: SqliteConnection, id: string, fields: AttendeeFields, timestamp: string): Promise<void> {
  const keys = nameSearchKeys(fields.name)
  await tx.run(
    `INSERT INTO attendees (id, name, name_initials, name_pinyin, phone, age_group, neighbourhood, gender, last_seen_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [id, fields.name, keys.initials, keys.pinyin, fields.phone, fields.ageGroup, fields.neighbourhood, fields.gender, timestamp, timestamp, timestamp],
  )
}

/** Newer answers replace older ones; a field left empty this time keeps what was known. */
export async function refreshAttendee(tx: SqliteConnection, existing: AttendeeRow, fields: AttendeeFields, timestamp: string): Promise<void> {
  const name = fields.name || existing.name
  const keys = nameSearchKeys(name)
  await tx.run(
    `UPDATE attendees SET name = ?, name_initials = ?, name_pinyin = ?, phone = ?, age_group = ?, neighbourhood = ?, gender = ?,
       last_seen_at = ?, updated_at = ? WHERE id = ?`,
    [
      name,
      keys.initials,
      keys.pinyin,
      fields.phone ?? existing.phone,
      fields.ageGroup ?? existing.age_group,
      fields.neighbourhood || existing.neighbourhood,
      fields.gender ?? existing.gender,
      timestamp,
      timestamp,
      existing.id,
    ],
  )
}

export async function touchAttendee(tx: SqliteConnection, id: string, timestamp: string): Promise<void> {
  await tx.run('UPDATE attendees SET last_seen_at = ?, updated_at = ? WHERE id = ?', [timestamp, timestamp, id])
}

export async function recordConsent(tx: SqliteConnection, id: string, attendeeId: string, purpose: string, timestamp: string): Promise<void> {
  const active = await tx.get('SELECT id FROM consents WHERE attendee_id = ? AND purpose = ? AND withdrawn_at IS NULL', [attendeeId, purpose])
  if (active) return
  await tx.run('INSERT INTO consents (id, attendee_id, purpose, given_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)', [
    id,
    attendeeId,
    purpose,
    timestamp,
    timestamp,
    timestamp,
  ])
}
