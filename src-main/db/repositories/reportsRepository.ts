import type { SqliteConnection } from '../sqliteConnection'
import type { AttendeeRow } from './attendeesRepository'

export interface CountedSession {
  id: string
  place: string
  starts_at: string
}

export interface PresenceRow {
  session_id: string
  attendee_id: string
  age_group: AttendeeRow['age_group']
}

/** UTC bounds [start, end) on starts_at, and "now" for deciding whether a planned session has happened. */
export interface ReportWindow {
  start: string
  end: string
  now: string
}

// A session counts when the worker marked it held, or when it has started and somebody was
// checked in (workers often forget to change the status); cancelled ones never count.
const countedSessions = `
  SELECT s.id, s.place, s.starts_at FROM sessions s
  WHERE s.starts_at >= ? AND s.starts_at < ?
    AND (s.status = 'held'
      OR (s.status = 'planned' AND s.starts_at <= ?
        AND EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = s.id AND a.checked_in_at IS NOT NULL)))`

export function listCountedSessions(db: SqliteConnection, window: ReportWindow): Promise<CountedSession[]> {
  return db.all<CountedSession>(`${countedSessions} ORDER BY s.starts_at`, [window.start, window.end, window.now])
}

/** Every check-in at a counted session, with just enough about the person to group by age. */
export function listPresence(db: SqliteConnection, window: ReportWindow): Promise<PresenceRow[]> {
  return db.all<PresenceRow>(
    `WITH counted AS (${countedSessions})
     SELECT a.session_id, a.attendee_id, p.age_group
     FROM attendance a JOIN counted c ON c.id = a.session_id JOIN attendees p ON p.id = a.attendee_id
     WHERE a.checked_in_at IS NOT NULL`,
    [window.start, window.end, window.now],
  )
}
