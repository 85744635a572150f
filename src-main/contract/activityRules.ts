import type { ActivityType } from './ledger'

/** Rounds where nobody signs a roster: the worker counts people, households or shops instead. */
export const ROSTERLESS_TYPES: ReadonlySet<ActivityType> = new Set(['door_to_door', 'shops', 'stall'])

export function keepsRoster(type: ActivityType): boolean {
  return !ROSTERLESS_TYPES.has(type)
}
