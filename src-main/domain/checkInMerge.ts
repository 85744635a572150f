/**
 * One person's attendance at one session, as two laptops (or two merged people) may each hold it: the check-in
 * that stands (`checkedInAt`, null when none) and when a check-in was last undone (`undoneAt`). Combining is a
 * join: the latest undo wins over every check-in not newer than it, and of the check-ins newer than it the first
 * stands. It is commutative, associative and idempotent, so any order of merges ends in the same state.
 */
export interface CheckInState {
  checkedInAt: string | null
  undoneAt: string | null
}

function later(a: string | null, b: string | null): string | null {
  if (a === null) return b
  if (b === null) return a
  return a > b ? a : b
}

export function combineCheckIns(a: CheckInState, b: CheckInState): CheckInState {
  const undoneAt = later(a.undoneAt, b.undoneAt)
  const standing = [a.checkedInAt, b.checkedInAt].filter((time): time is string => time !== null && (undoneAt === null || time > undoneAt))
  return { checkedInAt: standing.length > 0 ? standing.reduce((x, y) => (x < y ? x : y)) : null, undoneAt }
}
