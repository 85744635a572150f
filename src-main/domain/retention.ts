/**
 * The start of the local day `months` months before `now`: people last seen before it are past retention.
 * Whole days, so a preview and the purge the worker confirms a minute later name the same cutoff.
 * A month that is too short clamps (31 March − 1 month → 28/29 February).
 */
export function retentionCutoff(now: Date, months: number): Date {
  const monthIndex = now.getFullYear() * 12 + now.getMonth() - months
  const year = Math.floor(monthIndex / 12)
  const month = monthIndex - year * 12
  const lastDay = new Date(year, month + 1, 0).getDate()
  return new Date(year, month, Math.min(now.getDate(), lastDay))
}
