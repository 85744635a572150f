import { z } from 'zod'
import { defineMethod } from './common'

const n = z.number().int()

/** The work around the talk for a date range, as counts only: no name or phone ever appears. */
export const caseworkCountsSchema = z.object({
  alerts: z.object({
    /** Alerts raised in the range. */
    received: n,
    /** Follow-ups made in the range, and of them in person (见面劝阻). */
    followUps: n,
    inPerson: n,
    /** Alerts concluded in the range, by their concluding outcome. */
    dissuaded: n,
    defrauded: n,
    notFraud: n,
    /** Alerts raised in the range that were not concluded by their due time. */
    overdue: n,
  }),
  /** Pledges signed in the range, by a person for themselves or for their household. */
  pledges: z.object({ person: n, household: n }),
  /** People on the risk register now; visits and calls made in the range, and how many people they reached. */
  riskRegister: z.object({ flagged: n, visits: n, peopleVisited: n }),
})
export type CaseworkCounts = z.infer<typeof caseworkCountsSchema>

export const ledgerCaseworkContract = {
  'ledger.casework': defineMethod({
    summary:
      'Alert follow-ups (预警劝阻) signed pledges (承诺书) and risk-register visits in a date range as counts, for the ledger page, its Excel and print. No names or phones.',
    input: z
      .object({ from: z.iso.date(), to: z.iso.date() })
      .strict()
      .refine((range) => range.from <= range.to, { path: ['to'], error: 'report_range_reversed' }),
    output: caseworkCountsSchema,
  }),
}
