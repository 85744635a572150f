import type { SqliteConnection } from '../sqliteConnection'
import type { AttendeeRow } from './attendeesRepository'
import type { RosterEntry } from '../../contract/attendance'

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

const PERSON_COLUMNS = `p.name, p.phone, p.landline, p.age_group, p.neighbourhood, p.gender, p.last_seen_at, p.created_at,
       (SELECT COUNT(*) FROM attendance a WHERE a.attendee_id = p.id AND a.checked_in_at IS NOT NULL) AS sessions_attended`
const PEOPLE_ORDER = 'p.neighbourhood, p.name_pinyin, p.name'

export function peopleForExport(db: SqliteConnection): Promise<ExportPersonRow[]> {
  return db.all<ExportPersonRow>(`SELECT ${PERSON_COLUMNS} FROM attendees p ORDER BY ${PEOPLE_ORDER}`)
}

const PAGE = 2000

/**
 * Everyone in export order, a page at a time: `onPage` may await (a zip catching up), so exporting 100,000
 * people holds one page of them at once. The order is fixed first as row numbers; someone deleted meanwhile
 * is left out, never half-written.
 */
export async function forEachPeoplePage(db: SqliteConnection, onPage: (rows: ExportPersonRow[]) => Promise<void>): Promise<void> {
  const order = (await db.all<{ r: number }>(`SELECT p.rowid AS r FROM attendees p ORDER BY ${PEOPLE_ORDER}`)).map((row) => row.r)
  for (let start = 0; start < order.length; start += PAGE) {
    const rows = await db.all<ExportPersonRow>(`SELECT ${PERSON_COLUMNS} FROM json_each(?) j JOIN attendees p ON p.rowid = j.value ORDER BY j.key`, [
      JSON.stringify(order.slice(start, start + PAGE)),
    ])
    await onPage(rows)
  }
}
