import type { SqliteConnection } from '../sqliteConnection'
import type { RosterEntry } from '../../contract/attendance'

// A desk check-in is one statement, so SQLite commits it on its own, with no BEGIN and COMMIT
// round trips around it. It inserts into a view that exists only on the writing connection; the
// view's trigger does the work inside that one statement: it refuses, writing nothing, when the
// session or the person is missing or a check-in already stands; otherwise it registers the
// person if they were not (keeping the first source if they were), sets the time and marks the
// person seen.
const REFUSED = 'desk_check_in_refused'

const CREATE_DESK_CHECK_IN = `
CREATE TEMP VIEW IF NOT EXISTS desk_check_in AS SELECT '' AS id, '' AS session_id, '' AS attendee_id, '' AS source, '' AS at;
CREATE TEMP TRIGGER IF NOT EXISTS desk_check_in_insert INSTEAD OF INSERT ON desk_check_in BEGIN
  SELECT RAISE(ABORT, '${REFUSED}')
    WHERE NOT EXISTS (SELECT 1 FROM main.sessions WHERE id = NEW.session_id)
       OR NOT EXISTS (SELECT 1 FROM main.attendees WHERE id = NEW.attendee_id)
       OR EXISTS (SELECT 1 FROM main.attendance WHERE session_id = NEW.session_id AND attendee_id = NEW.attendee_id AND checked_in_at IS NOT NULL);
  INSERT INTO main.attendance (id, session_id, attendee_id, source, checked_in_at, created_at, updated_at)
    VALUES (NEW.id, NEW.session_id, NEW.attendee_id, NEW.source, NEW.at, NEW.at, NEW.at)
    ON CONFLICT (session_id, attendee_id) DO UPDATE SET checked_in_at = excluded.checked_in_at, updated_at = excluded.updated_at;
  UPDATE main.attendees SET last_seen_at = NEW.at, updated_at = NEW.at WHERE id = NEW.attendee_id;
END;`

const CHECK_IN = 'INSERT INTO desk_check_in (id, session_id, attendee_id, source, at) VALUES (?, ?, ?, ?, ?)'

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * Checks the person in at `timestamp` in one self-committing statement; false when it refused and
 * wrote nothing (readCheckInState says why). Outside any transaction only: the view is created on
 * the connection's first check-in.
 */
export async function checkInAsOneStatement(
  connection: SqliteConnection,
  id: string,
  sessionId: string,
  attendeeId: string,
  source: RosterEntry['source'],
  timestamp: string,
): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    try {
      await connection.runPrepared(CHECK_IN, [id, sessionId, attendeeId, source, timestamp])
      return true
    } catch (error) {
      if (messageOf(error).includes(REFUSED)) return false
      if (attempt > 0 || !messageOf(error).includes('no such table: desk_check_in')) throw error
    }
    await connection.exec(CREATE_DESK_CHECK_IN)
  }
}
