import { ApiError } from '../../contract/errors'
import { findSession } from '../../db/repositories/sessionsRepository'
import { readSetting, SETTING_KEYS } from '../../db/repositories/settingsRepository'
import { writeKioskLock } from '../../db/repositories/kioskLockRepository'
import type { HandlerContext, HandlersFor } from './context'

export function kioskLockHandlers({ db, now }: HandlerContext): HandlersFor<'kiosk.start'> {
  return {
    'kiosk.start': ({ sessionId }) =>
      db.write(async (tx) => {
        if (!(await findSession(tx, sessionId))) throw new ApiError('not_found', 'session_not_found')
        // Without a PIN nobody could ever leave the kiosk again.
        if (typeof (await readSetting(tx, SETTING_KEYS.kioskPinHash)) !== 'string') throw new ApiError('conflict', 'kiosk_needs_pin')
        const lock = { sessionId, since: now().toISOString() }
        await writeKioskLock(tx, lock)
        return lock
      }),
  }
}
