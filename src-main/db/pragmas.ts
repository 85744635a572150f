import type { SqliteConnection } from './sqliteConnection'

export const BUSY_TIMEOUT_MS = 5000

/**
 * Exists only so tests/durability/syncBeforeAck.test.ts can start an unsafe server and prove
 * its checker catches an acknowledgement that comes before the commit reached the disk.
 * Never set it anywhere else.
 */
function synchronousMode(): 'FULL' | 'NORMAL' | 'OFF' {
  const unsafe = process.env.OUTREACH_UNSAFE_SYNCHRONOUS
  return unsafe === 'OFF' || unsafe === 'NORMAL' ? unsafe : 'FULL'
}

/** Applied to every connection: durable WAL commits, enforced references, patience with other processes. */
export async function applyPragmas(connection: SqliteConnection): Promise<void> {
  await connection.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS};`)
  await connection.get('PRAGMA journal_mode = WAL')
  await connection.exec(`PRAGMA synchronous = ${synchronousMode()}; PRAGMA foreign_keys = ON;`)
  await connection.exec('PRAGMA secure_delete = ON;') // deleted people's bytes are overwritten, not left in free space
}
