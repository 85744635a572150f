import { afterAll, beforeAll, bench, describe } from 'vitest'
import { openTestApp, type TestApp } from '../helpers/testApp'
import { seedLargeDatabase, seededRandom, type SeededData } from '../helpers/seedLargeDatabase'

const PLAN = { people: 100_000, sessions: 1_000, perSession: 1_000 }
const SEARCHES = ['zs', 'wf', 'lj', 'zhang', 'liming', 'wangfang', '张', '王芳', '秀英', '1234', '0815', '5678']

let app: TestApp
let data: SeededData
let nextPerson = 0
const random = seededRandom(7)
const timings: Record<string, number[]> = { checkIn: [], search: [] }

async function timed(kind: string, work: () => Promise<unknown>): Promise<void> {
  const started = performance.now()
  const answer = (await work()) as { ok: boolean; error?: unknown }
  timings[kind].push(performance.now() - started)
  if (!answer.ok) throw new Error(`${kind} failed: ${JSON.stringify(answer.error)}`)
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

beforeAll(async () => {
  app = await openTestApp()
  const started = performance.now()
  data = await seedLargeDatabase(app.db, PLAN)
  await app.db.write((tx) => tx.exec('ANALYZE'))
  console.log(`seeded ${PLAN.people} people, ${PLAN.sessions * PLAN.perSession} attendance rows in ${((performance.now() - started) / 1000).toFixed(1)} s`)
}, 600_000)

afterAll(async () => {
  for (const [kind, values] of Object.entries(timings)) {
    if (values.length) console.log(`${kind}: n=${values.length} p50=${percentile(values, 50).toFixed(2)} ms p95=${percentile(values, 95).toFixed(2)} ms p99=${percentile(values, 99).toFixed(2)} ms`)
  }
  await app.cleanup()
})

describe('check-in over 100,000 people and 1,000,000 attendance rows (WAL, synchronous=FULL)', () => {
  bench('attendance.checkIn: durable, answered after COMMIT', async () => {
    const attendeeId = data.notOnFirstSession[nextPerson++ % data.notOnFirstSession.length]
    await timed('checkIn', () => app.call('attendance.checkIn', { sessionId: data.sessionIds[0], attendeeId }))
  })

  bench('attendance.search: initials, pinyin, characters, phone tail', async () => {
    const query = random() < 0.1 ? data.phones[Math.floor(random() * data.phones.length)] : SEARCHES[Math.floor(random() * SEARCHES.length)]
    await timed('search', () => app.call('attendance.search', { sessionId: data.sessionIds[0], query }))
  })

  bench('attendance.list: a 1,000-person roster', async () => {
    await app.call('attendance.list', { sessionId: data.sessionIds[1] })
  })
})
