import { z } from 'zod'
import { dateTimeSchema, defineMethod, idSchema, text } from './common'
import { alertLevels, alertSources, followUpMethods, followUpOutcomes } from './caseworkValues'
import { MAX_FILE_BASE64 } from './rosterImport'

export const followUpSchema = z.object({
  id: idSchema,
  method: z.enum(followUpMethods),
  outcome: z.enum(followUpOutcomes),
  note: z.string(),
  followedAt: z.string(),
})
export type FollowUp = z.infer<typeof followUpSchema>

/** An alert as the worker sees it: the name to ask for, the phone masked, its deadline and every follow-up, newest first. */
export const alertSchema = z.object({
  id: idSchema,
  name: z.string(),
  phoneMasked: z.string(),
  hasPhone: z.boolean(),
  level: z.enum(alertLevels),
  alertedAt: z.string(),
  dueAt: z.string(),
  source: z.enum(alertSources),
  note: z.string(),
  closedAt: z.string().nullable(),
  /** Not concluded and past its due time now. */
  overdue: z.boolean(),
  followUps: z.array(followUpSchema),
})
export type Alert = z.infer<typeof alertSchema>

const skippedRowSchema = z.object({ row: z.number().int(), reason: z.enum(['name_missing', 'level_unreadable', 'time_unreadable', 'already_entered']) })
export type SkippedAlertRow = z.infer<typeof skippedRowSchema>

export const alertsContract = {
  'alerts.list': defineMethod({
    summary: 'Alerts the worker follows up, overdue first, then by due time; `open` leaves out the concluded ones. Phones masked.',
    input: z.object({ status: z.enum(['open', 'all']).default('all') }).strict(),
    output: z.object({ items: z.array(alertSchema), open: z.number().int(), overdue: z.number().int() }),
  }),
  'alerts.create': defineMethod({
    summary: 'Enter an alert by hand: name, phone (mobile or landline, optional), level and when it was raised; its due time follows from the level.',
    input: z.object({ name: text(40), phone: text(30, 0).optional(), level: z.enum(alertLevels), alertedAt: dateTimeSchema, note: text(500, 0).optional() }).strict(),
    output: alertSchema,
  }),
  'alerts.import': defineMethod({
    summary:
      "Add the alerts in a police station's Excel or CSV (columns 姓名, 手机号/电话, 预警级别, 预警时间, found in the first 10 rows) in one transaction; rows without a name, level or time, and alerts already entered, are skipped and listed.",
    input: z.object({ fileName: text(255), dataBase64: z.string().min(1).max(MAX_FILE_BASE64) }).strict(),
    output: z.object({ added: z.number().int(), skipped: z.array(skippedRowSchema) }),
  }),
  'alerts.addFollowUp': defineMethod({
    summary: 'Record a follow-up: how (call, visit, 见面劝阻), the outcome, a note and the time (now if left out). Any outcome but 未接通 concludes the alert.',
    input: z
      .object({ alertId: idSchema, method: z.enum(followUpMethods), outcome: z.enum(followUpOutcomes), note: text(500, 0).optional(), followedAt: dateTimeSchema.optional() })
      .strict(),
    output: alertSchema,
  }),
  'alerts.phone': defineMethod({
    summary: "An alert's full phone number, for the worker who is about to call.",
    input: z.object({ alertId: idSchema }).strict(),
    output: z.object({ phone: z.string().nullable() }),
  }),
  'alerts.remove': defineMethod({
    summary: 'Delete an alert entered by mistake, with its follow-ups.',
    input: z.object({ alertId: idSchema }).strict(),
    output: z.object({ removed: z.literal(true) }),
  }),
}
