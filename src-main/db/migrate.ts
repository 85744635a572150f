import type { SqliteConnection } from './sqliteConnection'
import type { Migration } from './migrations'

export class MigrationError extends Error {
  constructor(
    readonly migration: Migration,
    readonly cause: unknown,
  ) {
    super(`Migration ${migration.version} (${migration.name}) failed: ${cause instanceof Error ? cause.message : String(cause)}`)
    this.name = 'MigrationError'
  }
}

export async function readSchemaVersion(connection: SqliteConnection): Promise<number> {
  const row = await connection.get<{ user_version: number }>('PRAGMA user_version')
  return row?.user_version ?? 0
}

/**
 * Exists only for tests/durability/migrationKill.test.ts: holds each migration open, its
 * statements run but not committed, so the test can kill the process inside the transaction.
 */
async function pauseBeforeCommitForTests(migration: Migration): Promise<void> {
  const pauseMs = Number(process.env.OUTREACH_TEST_MIGRATION_PAUSE_MS ?? 0)
  if (!(pauseMs > 0)) return
  console.log(`[migrate] test pause: migration ${migration.version} applied, committing in ${pauseMs} ms`)
  await new Promise((resolve) => setTimeout(resolve, pauseMs))
}

/**
 * Applies each pending migration together with its version bump in one transaction,
 * so a failure leaves the file exactly at the last good version.
 */
export async function migrate(connection: SqliteConnection, migrations: Migration[]): Promise<number> {
  let version = await readSchemaVersion(connection)
  for (const migration of migrations) {
    if (migration.version <= version) continue
    await connection.exec('BEGIN IMMEDIATE')
    try {
      await connection.exec(migration.sql)
      await connection.exec(`PRAGMA user_version = ${Math.trunc(migration.version)}`)
      await pauseBeforeCommitForTests(migration)
      await connection.exec('COMMIT')
    } catch (error) {
      await connection.exec('ROLLBACK').catch(() => undefined)
      throw new MigrationError(migration, error)
    }
    version = migration.version
  }
  return version
}
