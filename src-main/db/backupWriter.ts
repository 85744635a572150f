import { join } from 'node:path'
import { unlink } from 'node:fs/promises'
import { SqliteConnection } from './sqliteConnection'
import { assertUsableDatabase } from './integrity'
import { migrations } from './migrations'
import { partialBackupName } from '../contract/backupNames'
import { prepareBackupDir } from './backupFiles'
import { rememberIntact } from './backupIntegrity'
import { durableRename, ensurePrivateFile, fsyncFile } from './privateFiles'
import { crashPoint } from './crashPoints'

/**
 * Makes the copy a self-contained file (rollback journal instead of WAL, so opening it never
 * leaves -wal/-shm files beside it) and checks it with `PRAGMA quick_check`.
 */
async function sealAndCheck(file: string): Promise<void> {
  const connection = await SqliteConnection.open(file)
  try {
    await connection.get('PRAGMA journal_mode = DELETE')
    await assertUsableDatabase(connection, file, migrations.at(-1)!.version)
  } finally {
    await connection.close()
  }
}

/**
 * Copies the database behind `source` into `dir/name` so that the name only ever holds a whole,
 * checked backup: written under a partial name, synced, checked, then renamed (and the rename synced).
 */
export async function writeBackup(source: SqliteConnection, dir: string, name: string): Promise<void> {
  await prepareBackupDir(dir)
  const partial = join(dir, partialBackupName(name))
  try {
    await ensurePrivateFile(partial)
    await source.backup(partial, 'to')
    crashPoint('backup-copied')
    await sealAndCheck(partial)
    await fsyncFile(partial)
    crashPoint('backup-checked')
    await durableRename(partial, join(dir, name))
  } catch (error) {
    for (const suffix of ['', '-journal']) await unlink(partial + suffix).catch(() => undefined)
    throw error
  }
  await rememberIntact(join(dir, name))
}
