import { z } from 'zod'
import { defineMethod, idSchema, timestampSchema } from './common'

/** While set, the desktop app shows only the kiosk for this session, across relaunches, until the PIN is given. */
export const kioskLockSchema = z.object({ sessionId: idSchema, since: timestampSchema })
export type KioskLock = z.infer<typeof kioskLockSchema>

export const kioskLockContract = {
  'kiosk.start': defineMethod({
    summary:
      "Hand the laptop to residents: in the desktop app a full-screen kiosk window for the session opens and stays (also after a relaunch) until the worker's PIN is given (kiosk.verifyPin). Needs a kiosk PIN.",
    input: z.object({ sessionId: idSchema }).strict(),
    output: kioskLockSchema,
  }),
}
