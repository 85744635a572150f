import { rangeEndExclusive, rangeStart } from '../contract/dayBounds'
import type { CaseworkCounts } from '../contract/ledgerCasework'
import { countAlertWork, countPledges, countRiskVisits } from '../db/repositories/caseworkCountsRepository'
import type { SqliteConnection } from '../db/sqliteConnection'

/** The ledger's counts of alert follow-ups, pledges and risk-register visits for calendar days `from`–`to`. */
export async function buildCaseworkCounts(db: SqliteConnection, range: { from: string; to: string }, now: Date): Promise<CaseworkCounts> {
  const start = rangeStart(range.from)
  const end = rangeEndExclusive(range.to)
  return { alerts: await countAlertWork(db, start, end, now.toISOString()), pledges: await countPledges(db, start, end), riskRegister: await countRiskVisits(db, start, end) }
}
