import { z } from 'zod'
import { defineMethod, idSchema } from './common'
import { localeInput } from './rosterImport'
import { activityTypes } from './sessionValues'

export { activityTypes }
export type ActivityType = (typeof activityTypes)[number]

const count = z.number().int().min(0).max(1_000_000)

export const ledgerFieldsSchema = z.object({
  sessionId: idSchema,
  activityType: z.enum(activityTypes),
  gridId: idSchema.nullable(),
  householdsVisited: z.number().int().nullable(),
  shopsVisited: z.number().int().nullable(),
  peopleReached: z.number().int().nullable(),
  leaflets: z.number().int(),
  booklets: z.number().int(),
  posters: z.number().int(),
  /** Checked in, helped to install the app, and finished registering, from the roster. */
  present: z.number().int(),
  appInstalled: z.number().int(),
  appRegistered: z.number().int(),
  photoCount: z.number().int(),
})
export type LedgerFields = z.infer<typeof ledgerFieldsSchema>

const appStatusSchema = z.object({ attendeeId: idSchema, appInstalledAt: z.string().nullable(), appRegisteredAt: z.string().nullable() })
export type AppStatus = z.infer<typeof appStatusSchema>

/** Calendar days in the laptop's time zone, both ends inclusive. */
const rangeInput = z
  .object({ from: z.iso.date(), to: z.iso.date() })
  .strict()
  .refine((range) => range.from <= range.to, { path: ['to'], error: 'report_range_reversed' })

const totals = {
  peopleReached: z.number().int(),
  householdsVisited: z.number().int(),
  shopsVisited: z.number().int(),
  appInstalled: z.number().int(),
  appRegistered: z.number().int(),
  leaflets: z.number().int(),
  booklets: z.number().int(),
  posters: z.number().int(),
  photoCount: z.number().int(),
}

/** One line of the ledger: counts and places only, never a resident's name or phone. */
export const ledgerRowSchema = z.object({
  sessionId: idSchema,
  startsAt: z.string(),
  title: z.string(),
  activityType: z.enum(activityTypes),
  place: z.string(),
  gridName: z.string().nullable(),
  presenters: z.string(),
  ...totals,
  /** Share of right answers in the phone quiz at the start and at the end of the talk; null when nobody answered. */
  quizBefore: z.number().nullable(),
  quizAfter: z.number().nullable(),
})
export type LedgerRow = z.infer<typeof ledgerRowSchema>

export const ledgerReportSchema = z.object({
  from: z.string(),
  to: z.string(),
  rows: z.array(ledgerRowSchema),
  totals: z.object({ activities: z.number().int(), ...totals }),
  byType: z.array(z.object({ activityType: z.enum(activityTypes), activities: z.number().int(), peopleReached: z.number().int() })),
})
export type LedgerReport = z.infer<typeof ledgerReportSchema>

export const gridCoverageSchema = z.object({
  gridId: idSchema.nullable(),
  gridName: z.string().nullable(),
  householdCount: z.number().int().nullable(),
  residentCount: z.number().int().nullable(),
  householdsReached: z.number().int(),
  residentsReached: z.number().int(),
  /** 0–1, or null when the grid has no total to divide by. */
  householdCoverage: z.number().nullable(),
  residentCoverage: z.number().nullable(),
  activities: z.number().int(),
})
export type GridCoverage = z.infer<typeof gridCoverageSchema>

export const ledgerTrendSchema = z.object({
  month: z.string(),
  peopleReached: z.number().int(),
  appInstalled: z.number().int(),
  appRegistered: z.number().int(),
  installRate: z.number().nullable(),
  registrationRate: z.number().nullable(),
  leaflets: z.number().int(),
  booklets: z.number().int(),
  posters: z.number().int(),
})
export type LedgerTrend = z.infer<typeof ledgerTrendSchema>

const optionalCount = count.nullable().optional()

export const ledgerContract = {
  'sessions.ledgerFields.get': defineMethod({
    summary: "A session's ledger fields: activity type, grid, rounds' counts, materials, and its app install, registration and photo counts.",
    input: z.object({ sessionId: idSchema }).strict(),
    output: ledgerFieldsSchema,
  }),
  'sessions.ledgerFields.update': defineMethod({
    summary: "Set a session's activity type, grid, households/shops visited, people reached without a roster, and leaflets, booklets and posters.",
    input: z
      .object({
        sessionId: idSchema,
        activityType: z.enum(activityTypes).optional(),
        gridId: idSchema.nullable().optional(),
        householdsVisited: optionalCount,
        shopsVisited: optionalCount,
        peopleReached: optionalCount,
        leaflets: count.optional(),
        booklets: count.optional(),
        posters: count.optional(),
      })
      .strict(),
    output: ledgerFieldsSchema,
  }),
  'attendance.setAppStatus': defineMethod({
    summary:
      'Mark that a person at a session was helped to install the 国家反诈中心 app and/or finished registering (registered implies installed), with the time; false clears it. The person is checked in if they were not.',
    input: z.object({ sessionId: idSchema, attendeeId: idSchema, installed: z.boolean().optional(), registered: z.boolean().optional() }).strict(),
    output: appStatusSchema,
  }),
  'attendance.appStatusList': defineMethod({
    summary: "App install and registration times of everyone on a session's roster.",
    input: z.object({ sessionId: idSchema }).strict(),
    output: z.object({ items: z.array(appStatusSchema) }),
  }),
  'ledger.report': defineMethod({
    summary:
      'The outreach ledger for a date range: every activity held (date, type, place, grid, presenters, people reached, app installs and registrations, materials, photo count) with totals. People reached is the check-in count for talks, classes and others, and the worker’s own count (or the check-ins, if more) for door-to-door, shop and stall rounds.',
    input: rangeInput,
    output: ledgerReportSchema,
  }),
  'ledger.exportXlsx': defineMethod({
    summary: 'The ledger as an Excel file: the activity table with totals, and a sheet of photo file names with thumbnails. No names or phones.',
    input: z
      .object({ from: z.iso.date(), to: z.iso.date(), locale: localeInput })
      .strict()
      .refine((range) => range.from <= range.to, { path: ['to'], error: 'report_range_reversed' }),
    output: z.object({ fileName: z.string(), dataBase64: z.string() }),
  }),
  'ledger.coverage': defineMethod({
    summary: 'Per grid, households and residents reached against its totals in a date range; a person reached twice counts once.',
    input: rangeInput,
    output: z.object({ items: z.array(gridCoverageSchema) }),
  }),
  'ledger.trends': defineMethod({
    summary: 'Per month: people reached, app installs and registrations with their rates, and materials handed out.',
    input: rangeInput,
    output: z.object({ items: z.array(ledgerTrendSchema) }),
  }),
}
