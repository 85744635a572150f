export const backupReasons = ['daily', 'manual', 'pre-migration', 'pre-restore'] as const
export type BackupReason = (typeof backupReasons)[number]

const BACKUP_NAME = /^outreach-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-(daily|manual|pre-migration|pre-restore)\.sqlite$/

export function isBackupFileName(name: string): boolean {
  return BACKUP_NAME.test(name)
}

export function backupFileName(now: Date, reason: BackupReason): string {
  return `outreach-${now.toISOString().replace(/[:.]/g, '-')}-${reason}.sqlite`
}

/** The reason and creation time written into a backup's file name, or undefined for other files. */
export function parseBackupFileName(name: string): { reason: BackupReason; createdAt: string } | undefined {
  const match = BACKUP_NAME.exec(name)
  if (!match) return undefined
  const [date, time] = match[1].split('T')
  const [h, m, s, ms] = time.replace('Z', '').split('-')
  return { reason: match[2] as BackupReason, createdAt: `${date}T${h}:${m}:${s}.${ms}Z` }
}

const PARTIAL_SUFFIX = '.partial'

/** A backup is written under this name and renamed to its real one only once it is whole and checked. */
export function partialBackupName(name: string): string {
  return name + PARTIAL_SUFFIX
}

/** What a backup cut short leaves behind: the partial file and any journal SQLite kept beside it. */
export function isPartialBackupLeftover(name: string): boolean {
  return /^outreach-.*\.sqlite\.partial(-journal|-wal|-shm)?$/.test(name)
}
