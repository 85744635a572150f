import type { SqliteConnection } from '../sqliteConnection'
import type { AttendeeRow } from './attendeesRepository'
import type { RosterEntry } from '../../api/contracts/attendance'

export type ExportRosterRow = Pick<AttendeeRow, 'name' | 'phone' | 'age_group' | 'neighbourhood' | 'gender'> & {
  landline: string | null
  source: RosterEntry['source']
  checked_in_at: string | null
  registered_at: string
}

/** A session's roster with full phones: only export code reads this, and masks unless told not to. */
export function rosterForExport(db: SqliteConnection, sessionId: string): Promise<ExportRosterRow[]> {
  return db.all<ExportRosterRow>(
    `SELECT p.name, p.phone, p.landline, p.age_group, p.neighbourhood, p.gender, a.source, a.checked_in_at, a.created_at AS registered_at
     FROM attendance a JOIN attendees p ON p.id = a.attendee_id
     WHERE a.session_id = ? ORDER BY (a.checked_in_at IS NULL), p.name_pinyin, p.name`,
    [sessionId],
  )
}

export type ExportPersonRow = Pick<AttendeeRow, 'name' | 'phone' | 'age_group' | 'neighbourhood' | 'gender' | 'last_seen_at' | 'created_at'> & {
  landline: string | null
  sessions_attended: number
}

export function peopleForExport(db: SqliteConnection): Promise<ExportPersonRow[]> {
  return db.all<ExportPersonRow>(
    `SELECT p.name, p.phone, p.landline, p.age_group, p.neighbourhood, p.gender, p.last_seen_at, p.created_at,
       (SELECT COUNT(*) FROM attendance a WHERE a.attendee_id = p.id AND a.checked_in_at IS NOT NULL) AS sessions_attended
     FROM attendees p ORDER BY p.neighbourhood, p.name_pinyin, p.name`,
  )
}
