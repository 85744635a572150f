import { stat } from 'node:fs/promises'
import { pathToFileURL } from 'node:url'
import sqlite3 from 'sqlite3'
import { SqliteConnection } from './sqliteConnection'
import { assertUsableDatabase } from './integrity'
import { migrations } from './migrations'

/**
 * Verdicts by path, size and modification time: a backup is checked once (right after it is
 * written, or the first time it is listed after a start) and again only when the file changes.
 */
const verdicts = new Map<string, boolean>()

async function fileKey(file: string): Promise<string | undefined> {
  const info = await stat(file).catch(() => undefined)
  return info && `${file}\u0000${info.size}\u0000${info.mtimeMs}`
}

/** Read-only and immutable: checking a backup never creates a -wal or -shm file beside it. */
async function openImmutable(file: string): Promise<SqliteConnection> {
  return SqliteConnection.open(`${pathToFileURL(file).href}?immutable=1`, sqlite3.OPEN_READONLY | sqlite3.OPEN_URI)
}

/** Opens, passes `PRAGMA quick_check` and is an Outreach Desk database no newer than this app. */
export async function isIntactBackup(file: string): Promise<boolean> {
  const key = await fileKey(file)
  if (!key) return false
  const known = verdicts.get(key)
  if (known !== undefined) return known
  let intact = false
  const connection = await openImmutable(file).catch(() => undefined)
  if (connection) {
    intact = await assertUsableDatabase(connection, file, migrations.at(-1)!.version).then(
      () => true,
      () => false,
    )
    await connection.close().catch(() => undefined)
  }
  verdicts.set(key, intact)
  return intact
}

/** Records the verdict of the check made while writing, so listing right after costs nothing. */
export async function rememberIntact(file: string): Promise<void> {
  const key = await fileKey(file)
  if (key) verdicts.set(key, true)
}
