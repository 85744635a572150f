import { dirname, join } from 'node:path'
import { Database } from '../db/database'
import { newestIntactBackup, removeBackupLeftovers } from '../db/backupFiles'
import { finishInterruptedRestore } from './recovery'
import { createApiHandlers } from '../api/handlers'
import { createHandlerContext, type ApiHandlers } from '../api/handlers/context'
import { PhoneSignupListeners, type PhoneSignupListenersOptions } from '../transports/phoneSignupListeners'

const DAY_MS = 24 * 60 * 60 * 1000
const HOUR_MS = 60 * 60 * 1000

export interface OpenedApp {
  db: Database
  handlers: ApiHandlers
  close: () => Promise<void>
}

export function defaultBackupDir(dbFile: string): string {
  return join(dirname(dbFile), 'outreach-backups')
}

/** A daily backup, once there is something worth keeping and none was made in the last day. */
export async function makeDailyBackupIfDue(db: Database, now = new Date()): Promise<string | undefined> {
  if (!db.backupDir) return undefined
  const latestDaily = await newestIntactBackup(db.backupDir, (info) => info.reason === 'daily')
  if (latestDaily && now.getTime() - Date.parse(latestDaily.createdAt) < DAY_MS) return undefined
  const hasData = await db.read((reader) => reader.get('SELECT 1 FROM sessions UNION ALL SELECT 1 FROM attendees LIMIT 1'))
  return hasData ? db.backup('daily') : undefined
}

/**
 * Finishes or clears what a crash left of a restore or a backup, opens (and migrates) the
 * database file and builds the handlers both transports share.
 */
export async function openApp(dbFile: string, backupDir = defaultBackupDir(dbFile), phoneOptions: PhoneSignupListenersOptions = {}): Promise<OpenedApp> {
  await finishInterruptedRestore(dbFile)
  await removeBackupLeftovers(backupDir)
  const db = await Database.open(dbFile, { backupDir })
  const phoneSignups = new PhoneSignupListeners(phoneOptions)
  const handlers = createApiHandlers(createHandlerContext(db, { phoneSignups }))
  phoneSignups.attach(handlers)
  const backupNow = () => makeDailyBackupIfDue(db).catch((error: unknown) => console.error('[backup] daily backup failed', error))
  await backupNow()
  const timer = setInterval(backupNow, HOUR_MS)
  timer.unref()
  return {
    db,
    handlers,
    close: async () => {
      clearInterval(timer)
      await phoneSignups.stopAll()
      await db.close()
    },
  }
}
