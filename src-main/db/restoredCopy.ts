import { unlink } from 'node:fs/promises'
import { SqliteConnection } from './sqliteConnection'
import { assertUsableDatabase } from './integrity'
import { migrate } from './migrate'
import { reapplyDeletions, type DeletionRecord } from './deletionLog'
import { copyPrivately, fsyncFile } from './privateFiles'
import type { Migration } from './migrations'

/** Every side file SQLite may keep beside a database or a copy of one. */
export const SIDE_FILES = ['-journal', '-wal', '-shm'] as const

export async function removeWithSideFiles(file: string): Promise<void> {
  for (const suffix of ['', ...SIDE_FILES]) await unlink(file + suffix).catch(() => undefined)
}

/**
 * Builds in `target` the data a restore will put in place: a private copy of `backupFile`,
 * checked, brought up to the current schema, with every deletion in `carried` applied again
 * (secure_delete, so the deleted rows' bytes are overwritten) and the deletion log carried over.
 * The live database is not touched; a crash here leaves only `target` to clean up.
 */
export async function prepareRestoredCopy(backupFile: string, target: string, migrations: Migration[], carried: DeletionRecord[]): Promise<void> {
  await removeWithSideFiles(target)
  await copyPrivately(backupFile, target)
  const connection = await SqliteConnection.open(target)
  try {
    await assertUsableDatabase(connection, target, migrations.at(-1)?.version ?? 0)
    await connection.get('PRAGMA journal_mode = DELETE')
    await connection.exec('PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;')
    await migrate(connection, migrations)
    await connection.exec('BEGIN IMMEDIATE')
    try {
      await reapplyDeletions(connection, carried)
      await connection.exec('COMMIT')
    } catch (error) {
      await connection.exec('ROLLBACK').catch(() => undefined)
      throw error
    }
    const check = await connection.all<{ quick_check: string }>('PRAGMA quick_check')
    if (check.length !== 1 || check[0].quick_check !== 'ok') throw new Error(`the restored copy failed its check: ${check[0]?.quick_check}`)
  } finally {
    await connection.close()
  }
  await fsyncFile(target)
}
