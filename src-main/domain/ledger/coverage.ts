import type { ActivityType } from '../../contract/ledger'
import { keepsRoster, rate } from './activityRules'

export interface CoverageGrid {
  id: string
  name: string
  householdCount: number | null
  residentCount: number | null
}

export interface CoverageSession {
  id: string
  gridId: string | null
  activityType: ActivityType
  householdsVisited: number | null
  peopleReachedManual: number | null
}

export interface CoveragePresence {
  sessionId: string
  attendeeId: string
}

export interface GridCoverageResult {
  gridId: string | null
  gridName: string | null
  householdCount: number | null
  residentCount: number | null
  householdsReached: number
  residentsReached: number
  householdCoverage: number | null
  residentCoverage: number | null
  activities: number
}

/**
 * Residents reached in a grid: each person on a roster once, however many activities they came
 * to, plus the head counts of rounds without a roster (those people have no identity to merge).
 * Households reached add up door-to-door rounds, capped at the grid's household count.
 * Sessions without a grid are reported under a null grid so their reach is not lost.
 */
export function computeCoverage(grids: readonly CoverageGrid[], sessions: readonly CoverageSession[], presence: readonly CoveragePresence[]): GridCoverageResult[] {
  const gridOfSession = new Map(sessions.map((session) => [session.id, session.gridId]))
  const people = new Map<string | null, Set<string>>()
  for (const row of presence) {
    if (!gridOfSession.has(row.sessionId)) continue
    const gridId = gridOfSession.get(row.sessionId) ?? null
    let set = people.get(gridId)
    if (!set) people.set(gridId, (set = new Set()))
    set.add(row.attendeeId)
  }
  const tally = new Map<string | null, { households: number; manual: number; activities: number }>()
  for (const session of sessions) {
    const entry = tally.get(session.gridId) ?? { households: 0, manual: 0, activities: 0 }
    entry.activities += 1
    entry.households += session.householdsVisited ?? 0
    if (!keepsRoster(session.activityType)) entry.manual += session.peopleReachedManual ?? 0
    tally.set(session.gridId, entry)
  }
  const result = (grid: CoverageGrid | null): GridCoverageResult => {
    const gridId = grid?.id ?? null
    const entry = tally.get(gridId) ?? { households: 0, manual: 0, activities: 0 }
    const householdsReached = grid?.householdCount != null ? Math.min(entry.households, grid.householdCount) : entry.households
    const residentsReached = (people.get(gridId)?.size ?? 0) + entry.manual
    return {
      gridId,
      gridName: grid?.name ?? null,
      householdCount: grid?.householdCount ?? null,
      residentCount: grid?.residentCount ?? null,
      householdsReached,
      residentsReached,
      householdCoverage: rate(householdsReached, grid?.householdCount ?? null),
      residentCoverage: rate(Math.min(residentsReached, grid?.residentCount ?? 0), grid?.residentCount ?? null),
      activities: entry.activities,
    }
  }
  const rows = grids.map(result)
  if (tally.has(null)) rows.push(result(null))
  return rows
}
