import { kioskLockSchema, type KioskLock } from '../../contract/kioskLock'
import type { SqliteConnection } from '../sqliteConnection'
import { readSetting, SETTING_KEYS, writeSetting } from './settingsRepository'

/** The kiosk lock, or undefined when none is set (or what is stored is not a lock, which must not trap the laptop). */
export async function readKioskLock(db: SqliteConnection): Promise<KioskLock | undefined> {
  const parsed = kioskLockSchema.safeParse(await readSetting(db, SETTING_KEYS.kioskLock))
  return parsed.success ? parsed.data : undefined
}

export async function writeKioskLock(tx: SqliteConnection, lock: KioskLock): Promise<void> {
  await writeSetting(tx, SETTING_KEYS.kioskLock, lock, lock.since)
}

export async function clearKioskLock(tx: SqliteConnection): Promise<void> {
  await tx.run('DELETE FROM settings WHERE key = ?', [SETTING_KEYS.kioskLock])
}
