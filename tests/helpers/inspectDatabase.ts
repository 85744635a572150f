import sqlite3 from 'sqlite3'
import { SqliteConnection } from '../../src-main/db/sqliteConnection'

/** Opens a closed (or killed) server's file directly, as the next start would, and runs `work`. */
export async function withDatabaseFile<T>(file: string, work: (connection: SqliteConnection) => Promise<T>): Promise<T> {
  const connection = await SqliteConnection.open(file, sqlite3.OPEN_READWRITE)
  try {
    return await work(connection)
  } finally {
    await connection.close()
  }
}

export async function integrityCheck(connection: SqliteConnection): Promise<string> {
  return (await connection.all<{ integrity_check: string }>('PRAGMA integrity_check')).map((row) => row.integrity_check).join('; ')
}

export async function checkedInAttendees(connection: SqliteConnection, sessionId: string): Promise<Set<string>> {
  const rows = await connection.all<{ attendee_id: string }>('SELECT attendee_id FROM attendance WHERE session_id = ? AND checked_in_at IS NOT NULL', [sessionId])
  return new Set(rows.map((row) => row.attendee_id))
}

export async function countRows(connection: SqliteConnection, sql: string, params: unknown[] = []): Promise<number> {
  return (await connection.get<{ n: number }>(`SELECT COUNT(*) AS n FROM (${sql})`, params))!.n
}
