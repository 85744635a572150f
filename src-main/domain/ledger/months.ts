/** The calendar months (YYYY-MM) a day range touches, at most `limit` of them from the start. */
export function monthsOf({ from, to }: { from: string; to: string }, limit = 24): string[] {
  const months: string[] = []
  let [year, month] = from.slice(0, 7).split('-').map(Number)
  const last = to.slice(0, 7)
  while (months.length < limit) {
    const current = `${year}-${String(month).padStart(2, '0')}`
    months.push(current)
    if (current >= last) break
    month += 1
    if (month > 12) {
      month = 1
      year += 1
    }
  }
  return months
}
