import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import sqlite3 from 'sqlite3'
import { ApiError } from '../../contract/errors'
import { listBackupFiles, listCheckedBackups } from '../../db/backupFiles'
import { SqliteConnection } from '../../db/sqliteConnection'
import { assertUsableDatabase, DatabaseRefusedError } from '../../db/integrity'
import { migrations } from '../../db/migrations'
import type { Database } from '../../db/database'
import { ARCHIVE_MAX_UNPACKED_BYTES, ArchiveError, exportArchive, importArchive, packArchive, unpackArchive } from '../../db/archive'
import type { HandlerContext, HandlersFor } from './context'

const ARCHIVE_MESSAGE: Record<ArchiveError['reason'], string> = {
  unreadable: 'archive_unreadable',
  schema_mismatch: 'archive_schema_mismatch',
  not_empty: 'archive_target_not_empty',
  unknown_table: 'archive_unreadable',
  too_large: 'archive_too_large',
}

const ARCHIVE_CODE: Record<ArchiveError['reason'], 'invalid_input' | 'conflict' | 'payload_too_large'> = {
  unreadable: 'invalid_input',
  schema_mismatch: 'invalid_input',
  not_empty: 'conflict',
  unknown_table: 'invalid_input',
  too_large: 'payload_too_large',
}

/** A separate read-only connection, so the archive's read transaction shares nothing with other reads. */
async function readArchive(db: Database, now: Date) {
  const connection = await SqliteConnection.open(db.file, sqlite3.OPEN_READONLY)
  try {
    return await exportArchive(connection, db.schemaVersion, now)
  } finally {
    await connection.close()
  }
}

function backupDirOf(db: Database): string {
  if (!db.backupDir) throw new ApiError('conflict', 'backups_unavailable')
  return db.backupDir
}

async function existingBackup(db: Database, fileName: string): Promise<string> {
  const dir = backupDirOf(db)
  const known = await listBackupFiles(dir)
  if (!known.some((info) => info.fileName === fileName)) throw new ApiError('not_found', 'backup_not_found')
  return join(dir, fileName)
}

/** Opens a backup read-only, refuses it if damaged or foreign, and counts what it holds. */
async function inspectBackup(file: string, fileName: string) {
  const connection = await SqliteConnection.open(file, sqlite3.OPEN_READONLY)
  try {
    await assertUsableDatabase(connection, file, migrations.at(-1)!.version)
    const version = (await connection.get<{ user_version: number }>('PRAGMA user_version'))!.user_version
    const counts = await connection.get<{ sessions: number; people: number; attendance: number; latest: string | null }>(
      `SELECT (SELECT COUNT(*) FROM sessions) AS sessions, (SELECT COUNT(*) FROM attendees) AS people,
              (SELECT COUNT(*) FROM attendance) AS attendance, (SELECT MAX(starts_at) FROM sessions) AS latest`,
    )
    return { fileName, schemaVersion: version, sessions: counts!.sessions, people: counts!.people, attendance: counts!.attendance, latestSessionAt: counts!.latest }
  } catch (error) {
    if (error instanceof DatabaseRefusedError) throw new ApiError('conflict', 'backup_unusable')
    throw error
  } finally {
    await connection.close().catch(() => undefined)
  }
}

type BackupMethod = 'backups.list' | 'backups.create' | 'backups.preview' | 'backups.restore' | 'backups.download' | 'backups.exportArchive' | 'backups.importArchive'

export function backupHandlers({ db, now }: HandlerContext): HandlersFor<BackupMethod> {
  return {
    'backups.list': async () => ({ items: await listCheckedBackups(backupDirOf(db)) }),
    'backups.create': async () => {
      backupDirOf(db)
      const name = await db.backup('manual')
      const info = (await listCheckedBackups(db.backupDir!)).find((entry) => entry.fileName === name)
      if (!info) throw new ApiError('not_found', 'backup_not_found')
      return info
    },
    'backups.preview': async ({ fileName }) => inspectBackup(await existingBackup(db, fileName), fileName),
    'backups.restore': async ({ fileName }) => {
      const file = await existingBackup(db, fileName)
      await inspectBackup(file, fileName)
      const safetyBackup = await db.backup('pre-restore')
      await db.restoreFrom(file)
      return { restoredFrom: fileName, safetyBackup, schemaVersion: db.schemaVersion }
    },
    'backups.download': async ({ fileName }) => ({ fileName, dataBase64: (await readFile(await existingBackup(db, fileName))).toString('base64') }),
    'backups.exportArchive': async () => {
      const archive = await readArchive(db, now())
      return { fileName: `outreach-archive-${archive.exportedAt.replace(/[:.]/g, '-')}.json.gz`, dataBase64: packArchive(archive).toString('base64') }
    },
    'backups.importArchive': async ({ dataBase64, replaceExisting }) => {
      try {
        const archive = await unpackArchive(Buffer.from(dataBase64, 'base64'))
        const safetyBackup = replaceExisting && db.backupDir ? await db.backup('pre-restore') : null
        const tables = await db.writeAndErase((tx) => importArchive(tx, archive, db.schemaVersion, replaceExisting ?? false))
        return { tables, safetyBackup }
      } catch (error) {
        if (error instanceof ArchiveError)
          throw new ApiError(ARCHIVE_CODE[error.reason], ARCHIVE_MESSAGE[error.reason], { limit: `${ARCHIVE_MAX_UNPACKED_BYTES / 1024 / 1024} MB` })
        throw error
      }
    },
  }
}
