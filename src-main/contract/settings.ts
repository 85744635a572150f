import { z } from 'zod'
import { defineMethod } from './common'

export const DEFAULT_RETENTION_MONTHS = 24

const pinSchema = z.string().regex(/^\d{4,8}$/, { error: 'pin_invalid' })

export const settingsSchema = z.object({
  retentionMonths: z.number().int(),
  /** The PIN itself is stored only as a salted hash and never leaves the main process. */
  kioskPinSet: z.boolean(),
})
export type AppSettings = z.infer<typeof settingsSchema>

export const settingsContract = {
  'settings.get': defineMethod({
    summary: 'The worker-chosen settings: how many months people are kept, and whether a kiosk PIN is set.',
    input: z.object({}).strict(),
    output: settingsSchema,
  }),
  'settings.update': defineMethod({
    summary: 'Change the retention period (1–120 months) and/or set the kiosk PIN (4–8 digits, stored as a salted scrypt hash).',
    input: z
      .object({
        retentionMonths: z.number().int().min(1).max(120).optional(),
        kioskPin: pinSchema.optional(),
      })
      .strict(),
    output: settingsSchema,
  }),
  'kiosk.verifyPin': defineMethod({
    summary: "Check the worker's PIN to leave kiosk mode. After 5 wrong tries in a row, every try is refused for 30 seconds.",
    input: z.object({ pin: z.string().max(20) }).strict(),
    output: z.object({ ok: z.boolean(), pinSet: z.boolean(), retryAfterSeconds: z.number().int() }),
  }),
}
