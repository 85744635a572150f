import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import sqlite3 from 'sqlite3'
import { ApiError } from '../errors'
import { listBackupFiles } from '../../db/backupFiles'
import { SqliteConnection } from '../../db/sqliteConnection'
import { assertUsableDatabase, DatabaseRefusedError } from '../../db/integrity'
import { migrations } from '../../db/migrations'
import type { Database } from '../../db/database'
import type { HandlerContext, HandlersFor } from './context'

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

export function backupHandlers({ db }: HandlerContext): HandlersFor<'backups.list' | 'backups.create' | 'backups.preview' | 'backups.restore' | 'backups.download'> {
  return {
    'backups.list': async () => ({ items: await listBackupFiles(backupDirOf(db)) }),
    'backups.create': async () => {
      backupDirOf(db)
      const name = await db.backup('manual')
      const info = (await listBackupFiles(db.backupDir!)).find((entry) => entry.fileName === name)
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
  }
}
