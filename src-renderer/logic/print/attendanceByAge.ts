import { ageGroups } from '@contract/people'

export type AgeGroup = (typeof ageGroups)[number]

export interface AgeRow {
  ageGroup: AgeGroup | null
  registered: number
  present: number
}

/** Sign-ups and check-ins per age group, every group listed (zeros too), "not given" last when any. */
export function attendanceByAge(entries: readonly { ageGroup: AgeGroup | null; checkedInAt: string | null }[]): { rows: AgeRow[]; total: AgeRow } {
  const rows: AgeRow[] = [...ageGroups, null].map((ageGroup) => ({ ageGroup, registered: 0, present: 0 }))
  for (const entry of entries) {
    const row = rows.find((candidate) => candidate.ageGroup === entry.ageGroup)!
    row.registered += 1
    if (entry.checkedInAt) row.present += 1
  }
  const total = { ageGroup: null, registered: entries.length, present: entries.filter((entry) => entry.checkedInAt).length }
  return { rows: rows.filter((row) => row.ageGroup !== null || row.registered > 0), total }
}
