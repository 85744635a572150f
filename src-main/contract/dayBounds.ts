const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/

/** A day (YYYY-MM-DD) starts at the laptop's local midnight; a date-time is exact. As UTC ISO. */
export function rangeStart(value: string): string {
  return DAY_ONLY.test(value) ? new Date(`${value}T00:00:00`).toISOString() : new Date(value).toISOString()
}

/** The exclusive end: the local midnight after a day, or just after an exact date-time. */
export function rangeEndExclusive(value: string): string {
  if (!DAY_ONLY.test(value)) return new Date(new Date(value).getTime() + 1).toISOString()
  const start = new Date(`${value}T00:00:00`)
  start.setDate(start.getDate() + 1)
  return start.toISOString()
}
