import type { SqliteConnection } from '../sqliteConnection'
import type { RosterEntry } from '../../contract/attendance'
import type { AttendeeRow } from './attendeesRepository'
import { toPersonSummary } from './attendeesRepository'

type Source = RosterEntry['source']

interface AttendanceRow {
  id: string
  source: Source
  checked_in_at: string | null
}

export function findAttendance(db: SqliteConnection, sessionId: string, attendeeId: string): Promise<AttendanceRow | undefined> {
  return db.get<AttendanceRow>('SELECT id, source, checked_in_at FROM attendance WHERE session_id = ? AND attendee_id = ?', [sessionId, attendeeId])
}

/** Registers the person for the session once; a second registration keeps the first source. */
export async function ensureRegistered(tx: SqliteConnection, id: string, sessionId: string, attendeeId: string, source: Source, timestamp: string): Promise<AttendanceRow> {
  await tx.run(
    `INSERT INTO attendance (id, session_id, attendee_id, source, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (session_id, attendee_id) DO NOTHING`,
    [id, sessionId, attendeeId, source, timestamp, timestamp],
  )
  return (await findAttendance(tx, sessionId, attendeeId))!
}

/** Keeps the first check-in time; returns the time that stands. */
export async function markCheckedIn(tx: SqliteConnection, attendanceId: string, timestamp: string): Promise<string> {
  await tx.run('UPDATE attendance SET checked_in_at = ?, updated_at = ? WHERE id = ? AND checked_in_at IS NULL', [timestamp, timestamp, attendanceId])
  const row = await tx.get<{ checked_in_at: string }>('SELECT checked_in_at FROM attendance WHERE id = ?', [attendanceId])
  return row!.checked_in_at
}

export interface CheckInState {
  sessionFound: boolean
  personFound: boolean
  registered: boolean
  checkedInAt: string | null
}

export async function readCheckInState(db: SqliteConnection, sessionId: string, attendeeId: string): Promise<CheckInState> {
  const row = await db.get<{ session_found: number; person_found: number; registered: number; checked_in_at: string | null }>(
    `SELECT EXISTS (SELECT 1 FROM sessions WHERE id = ?) AS session_found, EXISTS (SELECT 1 FROM attendees WHERE id = ?) AS person_found,
       EXISTS (SELECT 1 FROM attendance WHERE session_id = ? AND attendee_id = ?) AS registered,
       (SELECT checked_in_at FROM attendance WHERE session_id = ? AND attendee_id = ?) AS checked_in_at`,
    [sessionId, attendeeId, sessionId, attendeeId, sessionId, attendeeId],
  )
  return { sessionFound: row!.session_found === 1, personFound: row!.person_found === 1, registered: row!.registered === 1, checkedInAt: row!.checked_in_at }
}

/** Clears the check-in only if the one standing is the one made at `checkedInAt`; answers how many rows changed. */
export async function clearCheckInMadeAt(tx: SqliteConnection, sessionId: string, attendeeId: string, checkedInAt: string, timestamp: string): Promise<number> {
  // The undo time is the caller's clock (so a test clock replays exactly), never earlier than the check-in it takes back.
  const result = await tx.run(
    `UPDATE attendance SET checked_in_at = NULL, undone_at = max(?1, checked_in_at, coalesce(undone_at, '')), updated_at = ?1
     WHERE session_id = ?2 AND attendee_id = ?3 AND checked_in_at = ?4`,
    [timestamp, sessionId, attendeeId, checkedInAt],
  )
  return result.changes
}

type RosterRow = AttendeeRow & { source: Source; checked_in_at: string | null; registered_at: string }

export async function listRoster(db: SqliteConnection, sessionId: string): Promise<RosterEntry[]> {
  const rows = await db.all<RosterRow>(
    `SELECT p.*, a.source, a.checked_in_at, a.created_at AS registered_at
     FROM attendance a JOIN attendees p ON p.id = a.attendee_id
     WHERE a.session_id = ? ORDER BY p.name_pinyin, p.name`,
    [sessionId],
  )
  return rows.map((row) => ({ ...toPersonSummary(row), source: row.source, checkedInAt: row.checked_in_at, registeredAt: row.registered_at }))
}
