import { readFile, rename, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import sqlite3 from 'sqlite3'
import { SqliteConnection } from './sqliteConnection'
import { assertUsableDatabase } from './integrity'
import { migrations } from './migrations'
import { OWNER_ONLY } from './privateFiles'

/**
 * Verdicts kept beside the backups, by file name, size and modification time: a backup is checked
 * once (right after it is written, or the first time it is listed) and again only when the file
 * changes, so listing 14 backups of a large database does not run 14 integrity checks at every start.
 * Recovery and restore always check afresh.
 */
export const VERDICTS_FILE = 'backup-checks.json'

type Verdicts = Record<string, { size: number; mtimeMs: number; intact: boolean }>
const verdictsByDir = new Map<string, Verdicts>()

async function verdictsFor(dir: string): Promise<Verdicts> {
  let verdicts = verdictsByDir.get(dir)
  if (!verdicts) {
    verdicts = await readFile(join(dir, VERDICTS_FILE), 'utf8')
      .then((text) => JSON.parse(text) as Verdicts)
      .catch(() => ({}))
    verdictsByDir.set(dir, verdicts)
  }
  return verdicts
}

/** Only a cache: losing it costs a re-check, so it is replaced atomically but not synced. */
async function record(file: string, size: number, mtimeMs: number, intact: boolean): Promise<void> {
  const dir = dirname(file)
  const verdicts = await verdictsFor(dir)
  verdicts[basename(file)] = { size, mtimeMs, intact }
  const partial = join(dir, `${VERDICTS_FILE}.${process.pid}-${Date.now()}`)
  await writeFile(partial, JSON.stringify(verdicts), { mode: OWNER_ONLY })
  await rename(partial, join(dir, VERDICTS_FILE))
}

/** Read-only and immutable: checking a backup never creates a -wal or -shm file beside it. */
async function checkNow(file: string): Promise<boolean> {
  const connection = await SqliteConnection.open(`${pathToFileURL(file).href}?immutable=1`, sqlite3.OPEN_READONLY | sqlite3.OPEN_URI).catch(() => undefined)
  if (!connection) return false
  try {
    await assertUsableDatabase(connection, file, migrations.at(-1)!.version)
    return true
  } catch {
    return false
  } finally {
    await connection.close().catch(() => undefined)
  }
}

/** Opens, passes `PRAGMA quick_check` and is an Outreach Desk database no newer than this app. */
export async function isIntactBackup(file: string, { fresh = false }: { fresh?: boolean } = {}): Promise<boolean> {
  const info = await stat(file).catch(() => undefined)
  if (!info) return false
  const known = (await verdictsFor(dirname(file)))[basename(file)]
  if (!fresh && known && known.size === info.size && known.mtimeMs === info.mtimeMs) return known.intact
  const intact = await checkNow(file)
  await record(file, info.size, info.mtimeMs, intact)
  return intact
}

/** Records the verdict of the check made while writing, so listing right after costs nothing. */
export async function rememberIntact(file: string): Promise<void> {
  const info = await stat(file)
  await record(file, info.size, info.mtimeMs, true)
}
