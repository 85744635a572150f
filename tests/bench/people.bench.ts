import { afterAll, beforeAll, bench, describe } from 'vitest'
import { openTestApp, type TestApp } from '../helpers/testApp'
import { seedLargeDatabase, seededRandom } from '../helpers/seedLargeDatabase'
import { percentile, recordFigures, round2 } from './figures'

const PLAN = { people: 100_000, sessions: 200, perSession: 1_000 }
const QUERIES = ['zs', 'wf', 'zhang', 'wangfang', '张', '秀英', '1234', '0815']

let app: TestApp
const random = seededRandom(11)
const timings: Record<string, number[]> = { page: [], search: [], deepPage: [], duplicates: [], purgePreview: [] }

async function timed(kind: string, method: string, input: unknown): Promise<void> {
  const started = performance.now()
  const answer = await app.call(method, input)
  timings[kind].push(performance.now() - started)
  if (!answer.ok) throw new Error(`${method} failed: ${JSON.stringify(answer.error)}`)
}

beforeAll(async () => {
  app = await openTestApp()
  await seedLargeDatabase(app.db, PLAN)
  await app.db.write((tx) => tx.exec('ANALYZE'))
}, 600_000)

afterAll(async () => {
  recordFigures(
    'people',
    Object.entries(timings)
      .filter(([, values]) => values.length > 0)
      .map(([kind, values]) => ({
        name: `${kind} p95 over 100,000 people`,
        value: round2(percentile(values, 95)),
        unit: 'ms',
        target: kind === 'duplicates' ? '< 1000 ms' : kind === 'search' ? '≤ 5 ms' : '< 100 ms',
      })),
  )
  await app.cleanup()
})

describe('People page over 100,000 people (WAL, synchronous=FULL)', () => {
  bench('people.list: first page, most recently seen first', () => timed('page', 'people.list', { limit: 50 }))
  bench('people.list: search by initials, pinyin, characters, phone tail', () =>
    timed('search', 'people.list', { query: QUERIES[Math.floor(random() * QUERIES.length)], limit: 50 }),
  )
  bench('people.list: a page deep in the list', () => timed('deepPage', 'people.list', { offset: 50_000 + Math.floor(random() * 40_000), limit: 50 }))
  bench('people.duplicates', () => timed('duplicates', 'people.duplicates', {}), { iterations: 5 })
  bench('privacy.purgePreview', () => timed('purgePreview', 'privacy.purgePreview', {}), { iterations: 10 })
})
