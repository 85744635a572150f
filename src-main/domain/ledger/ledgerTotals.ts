import type { ActivityType, LedgerRow, LedgerTrend } from '../../contract/ledger'
import { activityTypes } from '../../contract/ledger'
import { rate } from './activityRules'

type Counted = Pick<LedgerRow, 'peopleReached' | 'householdsVisited' | 'shopsVisited' | 'appInstalled' | 'appRegistered' | 'leaflets' | 'booklets' | 'posters' | 'photoCount'>

const COUNT_KEYS = ['peopleReached', 'householdsVisited', 'shopsVisited', 'appInstalled', 'appRegistered', 'leaflets', 'booklets', 'posters', 'photoCount'] as const

export function sumLedgerRows(rows: readonly Counted[]): Counted & { activities: number } {
  const totals = { activities: rows.length } as Counted & { activities: number }
  for (const key of COUNT_KEYS) totals[key] = rows.reduce((sum, row) => sum + row[key], 0)
  return totals
}

export function countByType(rows: readonly (Counted & { activityType: ActivityType })[]) {
  return activityTypes
    .map((activityType) => {
      const ofType = rows.filter((row) => row.activityType === activityType)
      return { activityType, activities: ofType.length, peopleReached: ofType.reduce((sum, row) => sum + row.peopleReached, 0) }
    })
    .filter((entry) => entry.activities > 0)
}

/** Install and registration rates are both over people reached, the measure street offices ask for. */
export function monthlyTrends(rows: readonly (Counted & { month: string })[]): LedgerTrend[] {
  const months = [...new Set(rows.map((row) => row.month))].sort()
  return months.map((month) => {
    const sum = sumLedgerRows(rows.filter((row) => row.month === month))
    return {
      month,
      peopleReached: sum.peopleReached,
      appInstalled: sum.appInstalled,
      appRegistered: sum.appRegistered,
      installRate: rate(sum.appInstalled, sum.peopleReached),
      registrationRate: rate(sum.appRegistered, sum.peopleReached),
      leaflets: sum.leaflets,
      booklets: sum.booklets,
      posters: sum.posters,
    }
  })
}
