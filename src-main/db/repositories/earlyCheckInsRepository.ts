import type { SqliteConnection } from '../sqliteConnection'

/** Check-ins of the session stamped before `dayStart` (local midnight of its day, UTC ISO). */
export async function countEarlyCheckIns(db: SqliteConnection, sessionId: string, dayStart: string): Promise<number> {
  const row = await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM attendance WHERE session_id = ? AND checked_in_at < ?', [sessionId, dayStart])
  return row?.n ?? 0
}

/** Clears those check-ins; the registrations stay. */
export async function clearEarlyCheckIns(tx: SqliteConnection, sessionId: string, dayStart: string, timestamp: string): Promise<number> {
  const result = await tx.run('UPDATE attendance SET checked_in_at = NULL, updated_at = ? WHERE session_id = ? AND checked_in_at < ?', [timestamp, sessionId, dayStart])
  return result.changes
}
