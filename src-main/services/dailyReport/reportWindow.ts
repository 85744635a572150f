import type { ReportPeriod } from '../../contract/dailyReport'
import { localDate } from '../../domain/export/exportLabels'

/** The first and last day (YYYY-MM-DD, inclusive) of the day, Monday–Sunday week or month containing `date`. */
export function reportDays(date: string, period: ReportPeriod): { from: string; to: string } {
  const [year, month, day] = date.split('-').map(Number)
  if (period === 'day') return { from: date, to: date }
  if (period === 'month') return { from: localDate(new Date(year, month - 1, 1)), to: localDate(new Date(year, month, 0)) }
  const weekday = (new Date(year, month - 1, day).getDay() + 6) % 7
  return { from: localDate(new Date(year, month - 1, day - weekday)), to: localDate(new Date(year, month - 1, day - weekday + 6)) }
}
