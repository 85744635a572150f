import type { ApiLocale } from '../../contract/locale'
import type { ReportPeriod } from '../../contract/dailyReport'
import type { SqliteConnection } from '../../db/sqliteConnection'
import { buildLedgerReport } from '../ledgerReport'
import { dailyLabels, fillText } from './dailyLabels'
import { figureSources } from './figureSources'
import { reportDays } from './reportWindow'

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

export interface DailyReportRequest {
  date: string
  period: ReportPeriod
  highlight?: string
  problem?: string
  locale: ApiLocale
}

/** The work-group report: a title, one numbered line per figure, then the worker's highlight and problem lines. */
export async function buildDailyReportText(db: SqliteConnection, request: DailyReportRequest, now: Date): Promise<{ text: string; from: string; to: string }> {
  const { locale } = request
  const l = dailyLabels[locale]
  const { from, to } = reportDays(request.date, request.period)
  const ledger = await buildLedgerReport(db, { from, to }, now)
  const lines: string[] = []
  for (const source of figureSources) lines.push(...(await source({ db, ledger, from, to, locale })))
  const numbered = lines.map((line, index) => (locale === 'en' ? `${index + 1}. ${line}` : `${NUMERALS[index] ?? index + 1}、${line}`))
  const title = fillText(l.title[request.period], { date: from, from, to, month: from.slice(0, 7) })
  const text = [title, ...numbered, fillText(l.highlight, { text: request.highlight?.trim() || l.none }), fillText(l.problem, { text: request.problem?.trim() || l.none })].join(
    '\n',
  )
  return { text, from, to }
}
