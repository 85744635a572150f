import { afterAll, beforeAll, bench, describe } from 'vitest'
import { openTestApp, type TestApp } from '../helpers/testApp'
import { join } from 'node:path'
import { seedLargeDatabase, seededRandom, type SeededData } from '../helpers/seedLargeDatabase'
import { SqliteConnection } from '../../src-main/db/sqliteConnection'
import { applyPragmas } from '../../src-main/db/pragmas'
import { peakRssMb, percentile, recordFigures, round2 } from './figures'

const PLAN = { people: 100_000, sessions: 1_000, perSession: 1_000 }
const SEARCHES = ['zs', 'wf', 'lj', 'zhang', 'liming', 'wangfang', '张', '王芳', '秀英', '1234', '0815', '5678']

let app: TestApp
let data: SeededData
let nextPerson = 0
const random = seededRandom(7)
const timings: Record<string, number[]> = { checkIn: [], search: [], rawInsert: [] }
let raw: SqliteConnection
let rawRow = 0

async function timed(kind: string, work: () => Promise<unknown>): Promise<void> {
  const started = performance.now()
  const answer = (await work()) as { ok: boolean; error?: unknown }
  timings[kind].push(performance.now() - started)
  if (!answer.ok) throw new Error(`${kind} failed: ${JSON.stringify(answer.error)}`)
}

beforeAll(async () => {
  app = await openTestApp()
  const started = performance.now()
  data = await seedLargeDatabase(app.db, PLAN)
  await app.db.write((tx) => tx.exec('ANALYZE'))
  console.log(`seeded ${PLAN.people} people, ${PLAN.sessions * PLAN.perSession} attendance rows in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  // The floor a durable write can reach here: one autocommitted single-row insert, same pragmas, same disk.
  raw = await SqliteConnection.open(join(app.dir, 'raw-baseline.sqlite'))
  await applyPragmas(raw)
  await raw.exec('CREATE TABLE IF NOT EXISTS baseline (id INTEGER PRIMARY KEY, session_id TEXT NOT NULL, attendee_id TEXT NOT NULL, checked_in_at TEXT NOT NULL)')
}, 600_000)

afterAll(async () => {
  const checkInP50 = percentile(timings.checkIn, 50)
  const checkInP99 = percentile(timings.checkIn, 99)
  const rawP50 = percentile(timings.rawInsert, 50)
  const rawP99 = percentile(timings.rawInsert, 99)
  recordFigures('check-in and search (100,000 people, 1,000,000 attendance rows)', [
    { name: 'durable check-in p50', value: round2(checkInP50), unit: 'ms' },
    { name: 'durable check-in p99', value: round2(checkInP99), unit: 'ms', target: '< 20 ms' },
    { name: 'raw sqlite3 single-row insert p50 (same pragmas)', value: round2(rawP50), unit: 'ms' },
    { name: 'raw sqlite3 single-row insert p99 (same pragmas)', value: round2(rawP99), unit: 'ms' },
    { name: 'check-in ÷ raw insert, p50', value: round2(checkInP50 / rawP50), unit: '×' },
    { name: 'check-in ÷ raw insert, p99', value: round2(checkInP99 / rawP99), unit: '×', target: '≤ 1.5×' },
    { name: 'check-ins timed, each paired with a raw insert', value: timings.checkIn.length, unit: 'pairs' },
    { name: 'search p95 (name, initials, pinyin, phone tail)', value: round2(percentile(timings.search, 95)), unit: 'ms', target: '≤ 5 ms' },
    { name: 'peak memory of the bench process (incl. seeding)', value: peakRssMb(), unit: 'MB' },
  ])
  await raw?.close()
  await app.cleanup()
})

async function rawInsert(): Promise<void> {
  rawRow += 1
  const started = performance.now()
  await raw.run('INSERT INTO baseline (session_id, attendee_id, checked_in_at) VALUES (?, ?, ?)', [data.sessionIds[0], `person-${rawRow}`, new Date().toISOString()])
  timings.rawInsert.push(performance.now() - started)
}

async function checkIn(): Promise<void> {
  const attendeeId = data.notOnFirstSession[nextPerson++ % data.notOnFirstSession.length]
  await timed('checkIn', () => app.call('attendance.checkIn', { sessionId: data.sessionIds[0], attendeeId }))
}

describe('check-in over 100,000 people and 1,000,000 attendance rows (WAL, synchronous=FULL)', () => {
  // Each iteration times one check-in and one raw insert, in turn, so both see the same load on a
  // shared machine and their ratio compares like with like; at least 1,000 pairs, so the p99 is not one outlier.
  let pair = 0
  bench(
    'attendance.checkIn (durable, answered after COMMIT) paired with one raw autocommitted single-row INSERT (baseline)',
    async () => {
      pair += 1
      if (pair % 2 === 0) {
        await checkIn()
        await rawInsert()
      } else {
        await rawInsert()
        await checkIn()
      }
    },
    { time: 3000, iterations: 1000 },
  )

  bench('attendance.search: initials, pinyin, characters, phone tail', async () => {
    const query = random() < 0.1 ? data.phones[Math.floor(random() * data.phones.length)] : SEARCHES[Math.floor(random() * SEARCHES.length)]
    await timed('search', () => app.call('attendance.search', { sessionId: data.sessionIds[0], query }))
  })

  bench('attendance.list: a 1,000-person roster', async () => {
    await app.call('attendance.list', { sessionId: data.sessionIds[1] })
  })
})
