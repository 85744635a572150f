import { DEFAULT_RETENTION_MONTHS, type AppSettings } from '../../contract/settings'
import type { SqliteConnection } from '../../db/sqliteConnection'
import { readSetting, SETTING_KEYS, writeSetting } from '../../db/repositories/settingsRepository'
import { hashPin, pinMatches } from '../../domain/pinHash'
import { clearKioskLock } from '../../db/repositories/kioskLockRepository'
import type { HandlerContext, HandlersFor } from './context'

const MAX_WRONG_PINS = 5
const LOCKOUT_MS = 30_000

export async function readRetentionMonths(db: SqliteConnection): Promise<number> {
  const stored = await readSetting(db, SETTING_KEYS.retentionMonths)
  return typeof stored === 'number' && Number.isInteger(stored) && stored >= 1 ? stored : DEFAULT_RETENTION_MONTHS
}

async function readPinHash(db: SqliteConnection): Promise<string | undefined> {
  const stored = await readSetting(db, SETTING_KEYS.kioskPinHash)
  return typeof stored === 'string' ? stored : undefined
}

async function readSettings(db: SqliteConnection): Promise<AppSettings> {
  return { retentionMonths: await readRetentionMonths(db), kioskPinSet: (await readPinHash(db)) !== undefined }
}

export function settingsHandlers({ db, now }: HandlerContext): HandlersFor<'settings.get' | 'settings.update' | 'kiosk.verifyPin'> {
  // A resident at the kiosk could otherwise try all 10,000 four-digit PINs; the count lives as long as the app runs.
  let wrongPins = 0
  let lockedUntil = 0

  return {
    'settings.get': () => db.read(readSettings),
    'settings.update': async ({ retentionMonths, kioskPin }) => {
      const pinHash = kioskPin === undefined ? undefined : await hashPin(kioskPin)
      return db.write(async (tx) => {
        const timestamp = now().toISOString()
        if (retentionMonths !== undefined) await writeSetting(tx, SETTING_KEYS.retentionMonths, retentionMonths, timestamp)
        if (pinHash !== undefined) await writeSetting(tx, SETTING_KEYS.kioskPinHash, pinHash, timestamp)
        return readSettings(tx)
      })
    },
    'kiosk.verifyPin': async ({ pin }) => {
      const stored = await db.read(readPinHash)
      if (!stored) return { ok: false, pinSet: false, retryAfterSeconds: 0 }
      const waitMs = lockedUntil - now().getTime()
      if (waitMs > 0) return { ok: false, pinSet: true, retryAfterSeconds: Math.ceil(waitMs / 1000) }
      if (await pinMatches(pin, stored)) {
        wrongPins = 0
        // The right PIN ends a kiosk lock, so the desktop app stops reopening the kiosk.
        await db.write(clearKioskLock)
        return { ok: true, pinSet: true, retryAfterSeconds: 0 }
      }
      wrongPins += 1
      if (wrongPins < MAX_WRONG_PINS) return { ok: false, pinSet: true, retryAfterSeconds: 0 }
      wrongPins = 0
      lockedUntil = now().getTime() + LOCKOUT_MS
      return { ok: false, pinSet: true, retryAfterSeconds: LOCKOUT_MS / 1000 }
    },
  }
}
