import { readdir, readFile, unlink, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import sqlite3 from 'sqlite3'
import { newestIntactBackup, type BackupFileInfo } from '../db/backupFiles'
import { isIntactBackup } from '../db/backupIntegrity'
import { SqliteConnection } from '../db/sqliteConnection'
import { readDeletions, type DeletionRecord } from '../db/deletionLog'
import { migrations } from '../db/migrations'
import { prepareRestoredCopy, removeWithSideFiles } from '../db/restoredCopy'
import { restoreWorkFile } from '../db/database'
import { copyPrivately, durableRename, fsyncDir, fsyncFile, OWNER_ONLY } from '../db/privateFiles'
import { crashPoint } from '../db/crashPoints'

/** The newest backup that is whole and usable, checked afresh: the one start-up recovery offers. */
export async function latestBackup(backupDir: string): Promise<BackupFileInfo | undefined> {
  return newestIntactBackup(backupDir, () => true, true)
}

const incomingFile = (dbFile: string) => `${dbFile}.restore-incoming`
const pendingMarker = (dbFile: string) => `${dbFile}.restore-pending`

/** Deletions logged in the refused file, if it can still be read: a restore must not bring those people back. */
async function deletionsIn(dbFile: string): Promise<DeletionRecord[]> {
  try {
    const connection = await SqliteConnection.open(dbFile, sqlite3.OPEN_READONLY)
    try {
      return await readDeletions(connection)
    } finally {
      await connection.close()
    }
  } catch {
    return []
  }
}

/** Keeps the refused file (and its WAL, which holds its latest commits) under a new name, as a private copy. */
async function keepRefusedCopy(dbFile: string, keptAs: string): Promise<void> {
  for (const suffix of ['', '-wal']) {
    if (!existsSync(dbFile + suffix)) continue
    await copyPrivately(dbFile + suffix, `${keptAs}${suffix}.partial`)
    await durableRename(`${keptAs}${suffix}.partial`, keptAs + suffix)
  }
}

/**
 * The last step of a restore, which is safe to repeat: once the marker is on disk the restored copy
 * is whole, so the old -wal/-shm go (they belong to the old file and must never be applied to the new
 * one) and the copy is renamed over the database.
 */
async function completePendingRestore(dbFile: string): Promise<void> {
  const incoming = incomingFile(dbFile)
  if (existsSync(incoming)) {
    for (const suffix of ['-wal', '-shm', '-journal']) await unlink(dbFile + suffix).catch(() => undefined)
    crashPoint('cli-restore-side-files-removed')
    await durableRename(incoming, dbFile)
  }
  await unlink(pendingMarker(dbFile))
  await fsyncDir(dirname(dbFile))
}

/**
 * Puts a backup in place of a file the app refused to open, so that a crash at any moment leaves
 * either the old file or the restored one: the backup is copied beside the database and checked first,
 * the refused file is kept beside it under a new name (never overwritten: it may still be rescued by hand),
 * and a marker written last lets the next start finish the swap.
 */
export async function replaceWithBackup(dbFile: string, backupDir: string, backupFileName: string, now = new Date()): Promise<string> {
  const keptAs = `${dbFile}.refused-${now.toISOString().replace(/[:.]/g, '-')}`
  await finishInterruptedRestore(dbFile)
  if (!(await isIntactBackup(join(backupDir, backupFileName), { fresh: true }))) {
    throw new Error(
      `The backup ${backupFileName} is missing, damaged or not Outreach Desk data; nothing was changed. / 备份 ${backupFileName} 不存在、已损坏或不是本程序的数据，未做任何改动。`,
    )
  }
  await prepareRestoredCopy(join(backupDir, backupFileName), incomingFile(dbFile), migrations, await deletionsIn(dbFile))
  crashPoint('cli-restore-prepared')
  await keepRefusedCopy(dbFile, keptAs)
  crashPoint('cli-restore-kept')
  await writeFile(pendingMarker(dbFile), JSON.stringify({ backupFileName, keptAs }), { mode: OWNER_ONLY })
  await fsyncFile(pendingMarker(dbFile))
  await fsyncDir(dirname(dbFile))
  crashPoint('cli-restore-marked')
  await completePendingRestore(dbFile)
  return keptAs
}

/**
 * Run at every start before the database is opened: finishes a restore that was cut short after
 * its copy was complete, and removes what a restore cut short earlier left behind.
 */
export async function finishInterruptedRestore(dbFile: string): Promise<'completed' | 'none'> {
  if (existsSync(pendingMarker(dbFile))) {
    const { backupFileName } = JSON.parse(await readFile(pendingMarker(dbFile), 'utf8')) as { backupFileName?: string }
    await completePendingRestore(dbFile)
    console.log(`[restore] finished restoring ${backupFileName ?? 'a backup'}, which an interruption had cut short`)
    return 'completed'
  }
  await removeWithSideFiles(incomingFile(dbFile))
  await removeWithSideFiles(restoreWorkFile(dbFile))
  const partialCopies = (await readdir(dirname(dbFile)).catch(() => [] as string[])).filter((name) => name.startsWith(`${basename(dbFile)}.refused-`) && name.endsWith('.partial'))
  for (const name of partialCopies) await unlink(join(dirname(dbFile), name)).catch(() => undefined)
  return 'none'
}
