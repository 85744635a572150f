import { rangeEndExclusive, rangeStart } from '../contract/dayBounds'
import type { QuotaProgress } from '../contract/quotas'
import { listGridQuotaCounts, listNotRegistered } from '../db/repositories/quotasRepository'
import type { SqliteConnection } from '../db/sqliteConnection'
import { computeQuotaProgress } from '../domain/ledger/quotaProgress'

/** The month's first day and the first day of the next, at the laptop's local midnight. */
export function monthBounds(period: string): { start: string; end: string } {
  const [year, month] = period.split('-').map(Number)
  const last = new Date(year, month, 0).getDate()
  return { start: rangeStart(`${period}-01`), end: rangeEndExclusive(`${period}-${String(last).padStart(2, '0')}`) }
}

export async function readQuotaProgress(db: SqliteConnection, period: string): Promise<QuotaProgress> {
  const { start, end } = monthBounds(period)
  const [rows, notReached] = await Promise.all([listGridQuotaCounts(db, period, start, end), listNotRegistered(db, end)])
  return computeQuotaProgress(period, rows, notReached)
}
