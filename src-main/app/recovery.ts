import { copyFile, rename } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { listBackupFiles, type BackupFileInfo } from '../db/backupFiles'

export async function latestBackup(backupDir: string): Promise<BackupFileInfo | undefined> {
  return (await listBackupFiles(backupDir))[0]
}

/**
 * Puts a backup in place of a file the app refused to open. The refused file is kept
 * beside it under a new name, never overwritten: it may still be rescued by hand.
 */
export async function replaceWithBackup(dbFile: string, backupDir: string, backupFileName: string, now = new Date()): Promise<string> {
  const keptAs = `${dbFile}.refused-${now.toISOString().replace(/[:.]/g, '-')}`
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(dbFile + suffix)) await rename(dbFile + suffix, keptAs + suffix)
  }
  await copyFile(join(backupDir, backupFileName), dbFile)
  return keptAs
}
