/** A local wall-clock time `days` from today (negative: before), as ISO, for sessions relative to the real clock. */
export function localDayAt(days: number, hours = 14, minutes = 30): string {
  const date = new Date()
  date.setDate(date.getDate() + days)
  date.setHours(hours, minutes, 0, 0)
  return date.toISOString()
}
