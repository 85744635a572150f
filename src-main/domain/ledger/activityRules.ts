import type { ActivityType } from '../../contract/ledger'
import { keepsRoster } from '../../contract/activityRules'

export { keepsRoster, ROSTERLESS_TYPES } from '../../contract/activityRules'

export interface ReachInput {
  activityType: ActivityType
  /** People checked in on the roster. */
  present: number
  /** The worker's own head count, for rounds without a roster. */
  peopleReachedManual: number | null
}

/**
 * Talks, classes and others count check-ins. A round without a roster counts the worker's
 * head count; people helped with the app there may also be on the roster, and they were
 * surely reached, so the larger of the two is taken rather than their sum (no double counting).
 */
export function peopleReached({ activityType, present, peopleReachedManual }: ReachInput): number {
  if (keepsRoster(activityType)) return present
  return Math.max(peopleReachedManual ?? 0, present)
}

/** A share of a total, or null when there is nothing to divide by. */
export function rate(part: number, whole: number | null): number | null {
  if (!whole || whole <= 0) return null
  return part / whole
}
