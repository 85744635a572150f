import type { SqliteConnection } from '../sqliteConnection'

/** Whether the person signed up for or came to the session: only they can have signed its pledge. */
export async function isOnRoster(db: SqliteConnection, sessionId: string, attendeeId: string): Promise<boolean> {
  return (await db.get('SELECT 1 FROM attendance WHERE session_id = ? AND attendee_id = ?', [sessionId, attendeeId])) !== undefined
}
