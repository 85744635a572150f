import { afterAll, beforeAll, bench, describe } from 'vitest'
import { openTestApp, type TestApp } from '../helpers/testApp'
import { seedLargeDatabase, seededRandom, type SeededData } from '../helpers/seedLargeDatabase'
import { peakRssMb, percentile, recordFigures, round2 } from './figures'

const PLAN = { people: 100_000, sessions: 1_000, perSession: 1_000 }
/** The searches the people and check-in benches have always timed: characters, initials, pinyin, phone tails. */
const QUERIES = ['zs', 'wf', 'lj', 'zhang', 'liming', 'wangfang', '张', '王芳', '秀英', '1234', '0815', '5678']
/** The first keystroke of a search: one letter or one common character, thousands of hits. */
const FIRST_KEYSTROKES = ['z', 'w', '英', '王']

let app: TestApp
let data: SeededData
const random = seededRandom(5)
const timings: Record<string, number[]> = { 'attendance.search': [], 'people.list': [], 'first keystroke': [] }

function nextQuery(): string {
  return random() < 0.1 ? data.phones[Math.floor(random() * data.phones.length)] : QUERIES[Math.floor(random() * QUERIES.length)]
}

async function timed(method: string, input: unknown, kind = method): Promise<void> {
  const started = performance.now()
  const answer = await app.call(method, input)
  timings[kind].push(performance.now() - started)
  if (!answer.ok) throw new Error(`${method} failed: ${JSON.stringify(answer.error)}`)
}

beforeAll(async () => {
  app = await openTestApp()
  data = await seedLargeDatabase(app.db, PLAN)
  await app.db.write((tx) => tx.exec('ANALYZE'))
}, 900_000)

afterAll(async () => {
  recordFigures('search', [
    {
      name: 'attendance.search p95 over 100,000 people (characters, initials, pinyin, phone)',
      value: round2(percentile(timings['attendance.search'], 95)),
      unit: 'ms',
      target: '≤ 5 ms',
    },
    { name: 'people.list search p95 over 100,000 people (same queries)', value: round2(percentile(timings['people.list'], 95)), unit: 'ms', target: '≤ 5 ms' },
    {
      name: 'people.list or attendance.search p95 for a first keystroke (one letter or common character, thousands of hits)',
      value: round2(percentile(timings['first keystroke'], 95)),
      unit: 'ms',
    },
    { name: 'peak memory of the search bench process (incl. seeding)', value: peakRssMb(), unit: 'MB' },
  ])
  await app.cleanup()
})

describe('search over 100,000 people and 1,000,000 attendance rows', () => {
  bench('attendance.search: the check-in box', () => timed('attendance.search', { sessionId: data.sessionIds[0], query: nextQuery() }), { time: 1500 })
  bench('people.list: the People page search, first page of 50', () => timed('people.list', { query: nextQuery(), limit: 50 }), { time: 1500 })
  bench(
    'a first keystroke in either box',
    () => {
      const query = FIRST_KEYSTROKES[Math.floor(random() * FIRST_KEYSTROKES.length)]
      return random() < 0.5
        ? timed('people.list', { query, limit: 50 }, 'first keystroke')
        : timed('attendance.search', { sessionId: data.sessionIds[0], query }, 'first keystroke')
    },
    { time: 1500 },
  )
})
