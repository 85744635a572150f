/** Calendar days as <input type="date"> gives them (YYYY-MM-DD), both ends inclusive. */
export interface LedgerRange {
  from: string
  to: string
}

const pad = (n: number) => String(n).padStart(2, '0')

/** "2026-12" → the first and last day of that month. */
export function monthRange(month: string): LedgerRange {
  const [year, m] = month.split('-').map(Number)
  const lastDay = new Date(year, m, 0).getDate()
  return { from: `${month}-01`, to: `${month}-${pad(lastDay)}` }
}

export function monthOf(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}`
}

export function previousMonth(month: string): string {
  const [year, m] = month.split('-').map(Number)
  return monthOf(new Date(year, m - 2, 1))
}

/** The month a range covers exactly, or '' when it is any other span. */
export function rangeMonth(range: LedgerRange): string {
  const month = range.from.slice(0, 7)
  const whole = monthRange(month)
  return whole.from === range.from && whole.to === range.to ? month : ''
}

export function isValidRange(range: LedgerRange): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(range.from) && /^\d{4}-\d{2}-\d{2}$/.test(range.to) && range.from <= range.to
}

export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(rate < 0.1 && rate > 0 ? 1 : 0)}%`
}
