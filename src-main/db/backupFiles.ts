import { chmod, mkdir, readdir, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { isPartialBackupLeftover, parseBackupFileName, type BackupReason } from '../contract/backupNames'
import { isIntactBackup } from './backupIntegrity'

export { backupFileName, backupReasons, isBackupFileName, type BackupReason } from '../contract/backupNames'

export interface BackupFileInfo {
  fileName: string
  reason: BackupReason
  createdAt: string
  sizeBytes: number
}

export type CheckedBackupInfo = BackupFileInfo & { intact: boolean }

/** Backups in the folder, newest first; partial files of a backup cut short are not backups. */
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

/** Every backup with whether it is whole and usable (checked once per file version, see backupIntegrity). */
export async function listCheckedBackups(dir: string): Promise<CheckedBackupInfo[]> {
  const checked: CheckedBackupInfo[] = []
  for (const info of await listBackupFiles(dir)) checked.push({ ...info, intact: await isIntactBackup(join(dir, info.fileName)) })
  return checked
}

/** The newest backup that passes its check, looking no further back than needed; `fresh` checks again even a file already judged. */
export async function newestIntactBackup(dir: string, accept: (info: BackupFileInfo) => boolean = () => true, fresh = false): Promise<BackupFileInfo | undefined> {
  for (const info of await listBackupFiles(dir)) {
    if (accept(info) && (await isIntactBackup(join(dir, info.fileName), { fresh }))) return info
  }
  return undefined
}

export async function prepareBackupDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 })
  await chmod(dir, 0o700).catch(() => undefined)
}

/** Removes what a backup cut short by a crash left behind; run at start, before anything writes a backup. */
export async function removeBackupLeftovers(dir: string): Promise<string[]> {
  const leftovers = (await readdir(dir).catch(() => [] as string[])).filter(isPartialBackupLeftover)
  for (const name of leftovers) await unlink(join(dir, name)).catch(() => undefined)
  return leftovers
}

/**
 * Keeps the newest `keep` intact automatic backups; manual ones are the worker's to delete.
 * A damaged one does not count towards `keep`, so it never pushes out a good one, and is left for a person to look at.
 */
export async function pruneBackups(dir: string, keep: number): Promise<void> {
  let kept = 0
  for (const info of (await listBackupFiles(dir)).filter((entry) => entry.reason !== 'manual')) {
    if (!(await isIntactBackup(join(dir, info.fileName)))) continue
    if (kept < keep) kept++
    else await unlink(join(dir, info.fileName)).catch(() => undefined)
  }
}

/** Backups made before `cutoff`, of any kind: they hold people a retention purge deletes. */
export async function backupsCreatedBefore(dir: string, cutoff: string): Promise<BackupFileInfo[]> {
  return (await listBackupFiles(dir)).filter((info) => info.createdAt < cutoff)
}

/** How many were removed; one that cannot be (permissions) stays, and the next preview counts it again. */
export async function removeBackupsCreatedBefore(dir: string, cutoff: string): Promise<number> {
  let removed = 0
  for (const info of await backupsCreatedBefore(dir, cutoff)) {
    if (
      await unlink(join(dir, info.fileName)).then(
        () => true,
        () => false,
      )
    )
      removed++
  }
  return removed
}
