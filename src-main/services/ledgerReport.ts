import type { GridCoverage, LedgerReport, LedgerRow, LedgerTrend } from '../contract/ledger'
import type { SqliteConnection } from '../db/sqliteConnection'
import { listLedgerPresence, listLedgerSessions, type LedgerSessionRow, type LedgerWindow } from '../db/repositories/ledgerRepository'
import { listGridTotals } from '../db/repositories/gridsRepository'
import { prePostTotals } from '../db/repositories/phoneQuizRepository'
import { rangeEndExclusive, rangeStart } from '../contract/dayBounds'
import { localDate } from '../domain/export/exportLabels'
import { peopleReached } from '../domain/ledger/activityRules'
import { computeCoverage } from '../domain/ledger/coverage'
import { countByType, monthlyTrends, sumLedgerRows } from '../domain/ledger/ledgerTotals'

export interface LedgerRange {
  from: string
  to: string
}

export function ledgerWindow({ from, to }: LedgerRange, now: Date): LedgerWindow {
  return { start: rangeStart(from), end: rangeEndExclusive(to), now: now.toISOString() }
}

type PrePostTotals = Awaited<ReturnType<typeof prePostTotals>>
const shareOf = ([answers, correct]: [number, number]) => (answers > 0 ? correct / answers : null)

function toLedgerRow(row: LedgerSessionRow, prePost: PrePostTotals): LedgerRow {
  const quiz = prePost.get(row.id)
  return {
    sessionId: row.id,
    startsAt: row.starts_at,
    title: row.title,
    activityType: row.activity_type,
    place: row.place,
    gridName: row.grid_name,
    presenters: row.presenters,
    peopleReached: peopleReached({ activityType: row.activity_type, present: row.present, peopleReachedManual: row.people_reached_manual }),
    householdsVisited: row.households_visited ?? 0,
    shopsVisited: row.shops_visited ?? 0,
    appInstalled: row.app_installed,
    appRegistered: row.app_registered,
    leaflets: row.leaflets,
    booklets: row.booklets,
    posters: row.posters,
    photoCount: row.photo_count,
    quizBefore: quiz ? shareOf(quiz.before) : null,
    quizAfter: quiz ? shareOf(quiz.after) : null,
  }
}

export async function buildLedgerReport(db: SqliteConnection, range: LedgerRange, now: Date): Promise<LedgerReport> {
  const sessions = await listLedgerSessions(db, ledgerWindow(range, now))
  const prePost = await prePostTotals(
    db,
    sessions.map((session) => session.id),
  )
  const rows = sessions.map((session) => toLedgerRow(session, prePost))
  return { from: range.from, to: range.to, rows, totals: sumLedgerRows(rows), byType: countByType(rows) }
}

export async function buildLedgerCoverage(db: SqliteConnection, range: LedgerRange, now: Date): Promise<GridCoverage[]> {
  const window = ledgerWindow(range, now)
  const [grids, sessions, presence] = await Promise.all([listGridTotals(db), listLedgerSessions(db, window), listLedgerPresence(db, window)])
  return computeCoverage(
    grids,
    sessions.map((session) => ({
      id: session.id,
      gridId: session.grid_id,
      activityType: session.activity_type,
      householdsVisited: session.households_visited,
      peopleReachedManual: session.people_reached_manual,
    })),
    presence.map((row) => ({ sessionId: row.session_id, attendeeId: row.attendee_id })),
  )
}

export async function buildLedgerTrends(db: SqliteConnection, range: LedgerRange, now: Date): Promise<LedgerTrend[]> {
  const rows = (await listLedgerSessions(db, ledgerWindow(range, now))).map((row) => ({ ...toLedgerRow(row, new Map()), month: localDate(new Date(row.starts_at)).slice(0, 7) }))
  return monthlyTrends(rows)
}
