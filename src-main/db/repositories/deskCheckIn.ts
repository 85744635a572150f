import type { SqliteConnection } from '../sqliteConnection'

// Registers the person as a walk-in if they were not on the session (a registration keeps its first source) and
// sets the time, unless a check-in already stands. Joining sessions and attendees writes nothing for an unknown
// session or person. It returns a row only when this statement checked the person in.
const CHECK_IN = `
INSERT INTO attendance (id, session_id, attendee_id, source, checked_in_at, created_at, updated_at)
SELECT ?1, s.id, p.id, 'walkin', ?4, ?4, ?4 FROM sessions s, attendees p WHERE s.id = ?2 AND p.id = ?3
ON CONFLICT (session_id, attendee_id) DO UPDATE SET checked_in_at = excluded.checked_in_at, updated_at = excluded.updated_at
  WHERE attendance.checked_in_at IS NULL
RETURNING checked_in_at`

// Marks the person seen, at a repeat check-in too, and answers the check-in that stands; no row for an unknown
// session or person.
const MARK_SEEN = `
UPDATE attendees SET last_seen_at = ?1, updated_at = ?1
WHERE id = ?3 AND EXISTS (SELECT 1 FROM attendance WHERE session_id = ?2 AND attendee_id = ?3 AND checked_in_at IS NOT NULL)
RETURNING (SELECT checked_in_at FROM attendance WHERE session_id = ?2 AND attendee_id = ?3) AS checked_in_at`

export interface DeskCheckIn {
  checkedInAt: string
  alreadyCheckedIn: boolean
}

/**
 * Checks the person in at `timestamp`, inside the caller's transaction: two statements compiled once per
 * connection. alreadyCheckedIn comes from what the first statement did, never from an earlier read.
 * Undefined when the session or the person does not exist; nothing was written then.
 */
export async function checkInAtDesk(tx: SqliteConnection, id: string, sessionId: string, attendeeId: string, timestamp: string): Promise<DeskCheckIn | undefined> {
  const made = await tx.allPrepared<{ checked_in_at: string }>(CHECK_IN, [id, sessionId, attendeeId, timestamp])
  const standing = await tx.allPrepared<{ checked_in_at: string }>(MARK_SEEN, [timestamp, sessionId, attendeeId])
  if (standing.length === 0) return undefined
  return { checkedInAt: standing[0].checked_in_at, alreadyCheckedIn: made.length === 0 }
}
