import { mkdir, readdir, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { parseBackupFileName, type BackupReason } from './backupNames'

export { backupFileName, backupReasons, isBackupFileName, type BackupReason } from './backupNames'

export interface BackupFileInfo {
  fileName: string
  reason: BackupReason
  createdAt: string
  sizeBytes: number
}

/** Backups in the folder, newest first. */
export async function listBackupFiles(dir: string): Promise<BackupFileInfo[]> {
  const names = await readdir(dir).catch(() => [] as string[])
  const infos: BackupFileInfo[] = []
  for (const name of names) {
    const parsed = parseBackupFileName(name)
    if (!parsed) continue
    const size = (await stat(join(dir, name)).catch(() => undefined))?.size
    if (size === undefined) continue
    infos.push({ fileName: name, ...parsed, sizeBytes: size })
  }
  return infos.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
}

export async function prepareBackupDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true })
}

/** Keeps the newest `keep` automatic backups; manual ones are the worker's to delete. */
export async function pruneBackups(dir: string, keep: number): Promise<void> {
  const automatic = (await listBackupFiles(dir)).filter((info) => info.reason !== 'manual')
  for (const old of automatic.slice(keep)) await unlink(join(dir, old.fileName)).catch(() => undefined)
}
