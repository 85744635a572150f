import { rangeStart } from './dayBounds'

/** The laptop's local calendar day of an instant, as YYYY-MM-DD (the talk happens where the laptop is). */
export function localDayOf(instant: Date | string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** The session's local day is today: the only day people can arrive at it. */
export function isSessionToday(startsAt: string, now: Date): boolean {
  return localDayOf(startsAt) === localDayOf(now)
}

/** The session's local day is after today, so nobody can have come yet. */
export function isSessionInFuture(startsAt: string, now: Date): boolean {
  return localDayOf(startsAt) > localDayOf(now)
}

/** Local midnight at the start of the session's day, as UTC ISO: anything before it cannot be an arrival. */
export function sessionDayStart(startsAt: string): string {
  return rangeStart(localDayOf(startsAt))
}
