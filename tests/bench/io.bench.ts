import { afterAll, beforeAll, bench, describe } from 'vitest'
import { openTestApp, type TestApp } from '../helpers/testApp'
import { percentile, recordFigures, round2 } from './figures'
import { EXPORT_PEOPLE, IMPORT_ROWS, peakMemoryOfExport, peakMemoryOfImport, rosterCsv, seedPeople } from './ioScenarios'

let app: TestApp
let sessionId: string
let doorSessionId: string
let doorPeople: string[] = []
let batch = 0
const importTimes: number[] = []
const checkInWaits: number[] = []
/** How long each import held the write queue: its one transaction, which a check-in sent meanwhile waits for. */
const importTransactions: number[] = []
const exportTimes: number[] = []
let exportMb = 0

const slow = { time: 0, iterations: 3, warmupTime: 0, warmupIterations: 0 }
const CHECK_IN_EVERY_MS = 20
const rows = IMPORT_ROWS.toLocaleString('en')
const people = EXPORT_PEOPLE.toLocaleString('en')

async function ok<T>(method: string, input: unknown): Promise<T> {
  const answer = await app.call(method, input)
  if (!answer.ok) throw new Error(`${method} failed: ${JSON.stringify(answer.error)}`)
  return answer.result as T
}

/** Times each db.write transaction while `during` is pending: only the import's (a check-in is a single statement, not one). */
async function timeImportTransactions<T>(during: () => Promise<T>): Promise<T> {
  const write = app.db.write.bind(app.db)
  app.db.write = (work) =>
    write(async (tx) => {
      const started = performance.now()
      try {
        return await work(tx)
      } finally {
        importTransactions.push(performance.now() - started)
      }
    })
  try {
    return await during()
  } finally {
    app.db.write = write
  }
}

/** Check-ins at the door, one every ~20 ms through the same write queue, until `until` settles. */
async function checkInsDuring(until: Promise<unknown>): Promise<void> {
  let done = false
  void until.finally(() => (done = true))
  const pending: Promise<void>[] = []
  while (!done) {
    const attendeeId = doorPeople.pop()
    if (!attendeeId) throw new Error('ran out of people to check in')
    const started = performance.now()
    pending.push(ok('attendance.checkIn', { sessionId: doorSessionId, attendeeId }).then(() => void checkInWaits.push(performance.now() - started)))
    await new Promise((resolve) => setTimeout(resolve, CHECK_IN_EVERY_MS))
  }
  await Promise.all(pending)
}

beforeAll(async () => {
  app = await openTestApp()
  sessionId = (await ok<{ id: string }>('sessions.create', { title: 'Bench', startsAt: '2026-01-01T10:00:00Z', place: 'Hall' })).id
  doorSessionId = (await ok<{ id: string }>('sessions.create', { title: 'Door', startsAt: '2026-01-02T10:00:00Z', place: 'Hall' })).id
  await seedPeople(app.db, EXPORT_PEOPLE, '0000b0b0', 15000000000)
  doorPeople = (await app.db.read((db) => db.all<{ id: string }>('SELECT id FROM attendees ORDER BY rowid LIMIT 3000'))).map((row) => row.id)
}, 300_000)

afterAll(async () => {
  const exportPeak = await peakMemoryOfExport()
  const importPeak = await peakMemoryOfImport()
  recordFigures('import-export', [
    { name: `import.commit of a ${rows}-row CSV, median`, value: round2(percentile(importTimes, 50)), unit: 'ms', target: '< 1000 ms' },
    { name: `check-in during a ${rows}-row import, p50`, value: round2(percentile(checkInWaits, 50)), unit: 'ms' },
    { name: `check-in during a ${rows}-row import, p99`, value: round2(percentile(checkInWaits, 99)), unit: 'ms', target: '< 100 ms' },
    { name: `import.commit's one write transaction (the write queue held), median`, value: round2(percentile(importTransactions, 50)), unit: 'ms' },
    { name: `check-ins sent during the ${rows}-row imports`, value: checkInWaits.length, unit: 'check-ins' },
    { name: `people.exportXlsx of ${people} people, median`, value: round2(percentile(exportTimes, 50)), unit: 'ms', target: '< 10 s' },
    { name: 'people.exportXlsx file size', value: exportMb, unit: 'MB' },
    { name: `peak memory, XLSX export of ${people} people`, value: exportPeak, unit: 'MB', target: '< 300 MB' },
    { name: `peak memory, import of ${rows} rows`, value: importPeak, unit: 'MB', target: '< 300 MB' },
  ])
  await app.cleanup()
}, 300_000)

describe('import and export on a real file', () => {
  bench(
    `import.commit of a ${rows}-row CSV, with check-ins at the door meanwhile`,
    async () => {
      batch += 1
      const file = rosterCsv(13000000000 + batch * IMPORT_ROWS)
      const started = performance.now()
      const importing = ok<{ created: number }>('import.commit', {
        sessionId,
        fileName: 'roster.csv',
        dataBase64: file,
        mapping: { name: 0, phone: 1, ageGroup: 2, neighbourhood: 3, consent: 4 },
      })
      const [result] = await timeImportTransactions(() =>
        Promise.all([importing.then((answer) => (importTimes.push(performance.now() - started), answer)), checkInsDuring(importing)]),
      )
      if (result.created !== IMPORT_ROWS) throw new Error(`created ${result.created}`)
    },
    slow,
  )

  bench(
    `people.exportXlsx of ${people}+ people`,
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
