import type { KioskLock } from '../contract/kioskLock'
import type { ApiHandlers } from '../api/handlers/context'

export interface KioskWindowControl {
  /** The lock is stored; show the kiosk window for it. */
  open(lock: KioskLock): void
  /** The right PIN was given and the lock is cleared; close the kiosk and return to the worker's window. */
  unlocked(): void
}

/**
 * The desktop app's side of kiosk.start and kiosk.verifyPin: the handlers keep the lock in the database
 * (both transports), and in Electron the kiosk window follows what they decided.
 */
export function withKioskWindow(handlers: ApiHandlers, control: KioskWindowControl): ApiHandlers {
  return {
    ...handlers,
    'kiosk.start': async (input) => {
      const lock = await handlers['kiosk.start'](input)
      control.open(lock)
      return lock
    },
    'kiosk.verifyPin': async (input) => {
      const answer = await handlers['kiosk.verifyPin'](input)
      if (answer.ok) control.unlocked()
      return answer
    },
  }
}
