import type { ReportSummary } from '../../contract/reports'

export interface SessionFact {
  id: string
  place: string
  /** YYYY-MM in local time. */
  month: string
}

export interface PresenceFact {
  sessionId: string
  attendeeId: string
  ageGroup: ReportSummary['byAgeGroup'][number]['ageGroup']
}

type Totals = Omit<ReportSummary, 'from' | 'to'>

interface Bucket {
  sessions: number
  attendances: number
  people: Set<string>
}

function bucketIn<K>(map: Map<K, Bucket>, key: K): Bucket {
  let bucket = map.get(key)
  if (!bucket) map.set(key, (bucket = { sessions: 0, attendances: 0, people: new Set() }))
  return bucket
}

/** Every month from the first to the last, so a chart shows the quiet months too. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = []
  let [year, month] = first.split('-').map(Number)
  const [lastYear, lastMonth] = last.split('-').map(Number)
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`)
    month += 1
    if (month > 12) [year, month] = [year + 1, 1]
  }
  return months
}

const ageOrder = ['under18', '18-35', '36-59', '60plus', null] as const

/** Counts only; the ids go in and never come out. */
export function summarizeAttendance(sessions: readonly SessionFact[], presence: readonly PresenceFact[]): Totals {
  const sessionById = new Map(sessions.map((session) => [session.id, session]))
  const byMonth = new Map<string, Bucket>()
  const byPlace = new Map<string, Bucket>()
  const byAge = new Map<PresenceFact['ageGroup'], Bucket>()
  for (const session of sessions) {
    bucketIn(byMonth, session.month).sessions += 1
    bucketIn(byPlace, session.place).sessions += 1
  }
  const sessionsPerPerson = new Map<string, number>()
  for (const fact of presence) {
    const session = sessionById.get(fact.sessionId)
    if (!session) continue
    sessionsPerPerson.set(fact.attendeeId, (sessionsPerPerson.get(fact.attendeeId) ?? 0) + 1)
    for (const bucket of [bucketIn(byMonth, session.month), bucketIn(byPlace, session.place), bucketIn(byAge, fact.ageGroup)]) {
      bucket.attendances += 1
      bucket.people.add(fact.attendeeId)
    }
  }
  const months = [...byMonth.keys()].sort()
  const tally = (bucket: Bucket | undefined) => ({ sessions: bucket?.sessions ?? 0, attendances: bucket?.attendances ?? 0, uniquePeople: bucket?.people.size ?? 0 })
  return {
    sessionsHeld: sessions.length,
    attendances: [...sessionsPerPerson.values()].reduce((sum, count) => sum + count, 0),
    uniquePeople: sessionsPerPerson.size,
    repeatAttendees: [...sessionsPerPerson.values()].filter((count) => count >= 2).length,
    byMonth: months.length ? monthsBetween(months[0], months[months.length - 1]).map((month) => ({ month, ...tally(byMonth.get(month)) })) : [],
    byPlace: [...byPlace.entries()]
      .map(([place, bucket]) => ({ place, ...tally(bucket) }))
      .sort((a, b) => b.attendances - a.attendances || b.sessions - a.sessions || a.place.localeCompare(b.place, 'zh-CN')),
    byAgeGroup: ageOrder.filter((age) => byAge.has(age)).map((ageGroup) => ({ ageGroup, people: byAge.get(ageGroup)!.people.size, attendances: byAge.get(ageGroup)!.attendances })),
  }
}
