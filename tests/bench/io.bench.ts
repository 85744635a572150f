import { afterAll, beforeAll, bench, describe } from 'vitest'
import { randomUUID } from 'node:crypto'
import { openTestApp, type TestApp } from '../helpers/testApp'
import { peakRssMb, percentile, recordFigures, round2 } from './figures'

let app: TestApp
let sessionId: string
let batch = 0
const importTimes: number[] = []
const exportTimes: number[] = []
let exportMb = 0

const ROWS = 10_000
const PEOPLE = 100_000
const slow = { time: 0, iterations: 3, warmupTime: 0, warmupIterations: 0 }
const neighbourhoods = ['幸福里', '和平里', '光明小区', '建设新村']
const names = ['张秀英', '王建国', '李桂兰', '刘德明', '陈淑珍', '杨志强', '赵玉梅', '黄海']

async function ok<T>(method: string, input: unknown): Promise<T> {
  const answer = await app.call(method, input)
  if (!answer.ok) throw new Error(`${method} failed: ${JSON.stringify(answer.error)}`)
  return answer.result as T
}

/** A sign-in sheet with new phones each time, so every run adds 10,000 people. */
function rosterCsv(offset: number): string {
  const lines = ['姓名,手机号,年龄,小区,同意']
  for (let i = 0; i < ROWS; i++) lines.push(`${names[i % names.length]},${13000000000 + offset + i},${20 + (i % 70)},${neighbourhoods[i % 4]},是`)
  return Buffer.from(lines.join('\r\n'), 'utf8').toString('base64')
}

beforeAll(async () => {
  app = await openTestApp()
  sessionId = (await ok<{ id: string }>('sessions.create', { title: 'Bench', startsAt: '2026-01-01T10:00:00Z', place: 'Hall' })).id
  const timestamp = new Date().toISOString()
  await app.db.write(async (tx) => {
    for (let i = 0; i < PEOPLE; i++) {
      await tx.run(
        `INSERT INTO attendees (id, name, name_initials, name_pinyin, phone, age_group, neighbourhood, gender, last_seen_at, created_at, updated_at)
         VALUES (?, ?, '', '', ?, '60plus', ?, NULL, ?, ?, ?)`,
        [randomUUID(), names[i % names.length], String(15000000000 + i), neighbourhoods[i % 4], timestamp, timestamp, timestamp],
      )
    }
  })
}, 300_000)
afterAll(async () => {
  recordFigures('import-export', [
    { name: `import.commit of a ${ROWS.toLocaleString('en')}-row CSV, one transaction, median`, value: round2(percentile(importTimes, 50)), unit: 'ms', target: '< 10 s' },
    { name: `people.exportXlsx of ${PEOPLE.toLocaleString('en')} people, median`, value: round2(percentile(exportTimes, 50)), unit: 'ms', target: '< 10 s' },
    { name: 'people.exportXlsx file size', value: exportMb, unit: 'MB' },
    { name: 'peak memory of the process', value: peakRssMb(), unit: 'MB' },
  ])
  await app.cleanup()
})

describe('import and export on a real file', () => {
  bench(
    `import.commit of a ${ROWS.toLocaleString('en')}-row CSV (one transaction)`,
    async () => {
      batch += 1
      const started = performance.now()
      const result = await ok<{ created: number }>('import.commit', {
        sessionId,
        fileName: 'roster.csv',
        dataBase64: rosterCsv(batch * ROWS),
        mapping: { name: 0, phone: 1, ageGroup: 2, neighbourhood: 3, consent: 4 },
      })
      importTimes.push(performance.now() - started)
      if (result.created !== ROWS) throw new Error(`created ${result.created}`)
    },
    slow,
  )

  bench(
    `people.exportXlsx of ${PEOPLE.toLocaleString('en')}+ people`,
    async () => {
      const started = performance.now()
      const { dataBase64 } = await ok<{ dataBase64: string }>('people.exportXlsx', {})
      exportTimes.push(performance.now() - started)
      exportMb = round2((dataBase64.length * 3) / 4 / 1_000_000)
      if (dataBase64.length < 1000) throw new Error('empty export')
    },
    slow,
  )
})
