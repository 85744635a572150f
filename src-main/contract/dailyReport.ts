import { z } from 'zod'
import { defineMethod, text } from './common'
import { localeInput } from './rosterImport'

export const reportPeriods = ['day', 'week', 'month'] as const
export type ReportPeriod = (typeof reportPeriods)[number]

export const dailyReportContract = {
  'reports.dailyText': defineMethod({
    summary:
      'The text a worker pastes into the work group for a day (or the Monday–Sunday week, or the month, containing date): activities held, people reached, app installs, registrations and set-up, materials handed out, and the worker’s highlight (亮点) and problem (问题) lines. Counts only: no names, no phones.',
    input: z
      .object({
        date: z.iso.date(),
        period: z.enum(reportPeriods).default('day'),
        highlight: text(300, 0).optional(),
        problem: text(300, 0).optional(),
        locale: localeInput,
      })
      .strict(),
    output: z.object({ text: z.string(), from: z.string(), to: z.string() }),
  }),
}
