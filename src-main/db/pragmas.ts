import type { SqliteConnection } from './sqliteConnection'

export const BUSY_TIMEOUT_MS = 5000

/** Applied to every connection: durable WAL commits, enforced references, patience with other processes. */
export async function applyPragmas(connection: SqliteConnection): Promise<void> {
  await connection.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS};`)
  await connection.get('PRAGMA journal_mode = WAL')
  await connection.exec('PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;')
  await connection.exec('PRAGMA secure_delete = ON;') // deleted people's bytes are overwritten, not left in free space
}
