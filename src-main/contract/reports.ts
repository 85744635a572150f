import { z } from 'zod'
import { ageGroupSchema } from './people'
import { defineMethod } from './common'
import { localeInput } from './rosterImport'

/** A calendar day in the laptop's time zone, both ends inclusive. */
const dayInput = z.iso.date()

const rangeInput = {
  from: dayInput.optional(),
  to: dayInput.optional(),
}

const tally = { sessions: z.number().int(), attendances: z.number().int(), uniquePeople: z.number().int() }

/** Counts only: no names, phones or ids anywhere in a summary. */
export const reportSummarySchema = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  sessionsHeld: z.number().int(),
  attendances: z.number().int(),
  uniquePeople: z.number().int(),
  repeatAttendees: z.number().int(),
  byMonth: z.array(z.object({ month: z.string(), ...tally })),
  byPlace: z.array(z.object({ place: z.string(), ...tally })),
  byAgeGroup: z.array(z.object({ ageGroup: ageGroupSchema.nullable(), people: z.number().int(), attendances: z.number().int() })),
})
export type ReportSummary = z.infer<typeof reportSummarySchema>

const rangeSchema = z
  .object(rangeInput)
  .strict()
  .refine((range) => !range.from || !range.to || range.from <= range.to, { path: ['to'], error: 'report_range_reversed' })

export const reportsContract = {
  'reports.summary': defineMethod({
    summary:
      'Sessions held, check-ins, unique and repeat attendees, by month, place and age group, for sessions starting in a date range. A session counts when marked held, or when it has started and has at least one check-in; cancelled sessions never count.',
    input: rangeSchema,
    output: reportSummarySchema,
  }),
  'reports.exportSummary': defineMethod({
    summary: 'The summary as CSV or Excel, with counts only (no personal data).',
    input: z
      .object({ ...rangeInput, format: z.enum(['csv', 'xlsx']), locale: localeInput })
      .strict()
      .refine((range) => !range.from || !range.to || range.from <= range.to, { path: ['to'], error: 'report_range_reversed' }),
    output: z.object({ fileName: z.string(), dataBase64: z.string() }),
  }),
}
