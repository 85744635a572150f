import { afterAll, beforeAll, bench, describe } from 'vitest'
import { openLaptop, deviceIdOf, type Laptop } from '../helpers/syncLaptops'
import { seedLargeDatabase } from '../helpers/seedLargeDatabase'
import { percentile, recordFigures, round2 } from './figures'

// A first bundle of a big laptop (10,000 people, 100,000 attendance rows), exported and applied to an empty
// laptop, and incremental bundles of 100 changes applied to a laptop that has everything else.
const PLAN = { people: 10_000, sessions: 100, perSession: 1_000 }

let source: Laptop
let target: Laptop
let firstBundle = ''
const timings: Record<'export' | 'applyFirst' | 'applyIncremental', number[]> = { export: [], applyFirst: [], applyIncremental: [] }
let bundleBytes = 0
/** Plain multi-row INSERTs of the same rows into the source, for comparing within one run on a busy machine. */
let seedMs = 0

async function timed<T>(kind: keyof typeof timings, work: () => Promise<T>): Promise<T> {
  const started = performance.now()
  const result = await work()
  timings[kind].push(performance.now() - started)
  return result
}

/** 100 changes on the source: 50 check-ins and 50 people renamed. */
async function hundredChanges(round: number): Promise<void> {
  await source.db.write(async (tx) => {
    await tx.run(`UPDATE attendance SET checked_in_at = ?1, updated_at = ?1 WHERE id IN (SELECT id FROM attendance WHERE checked_in_at IS NULL ORDER BY id LIMIT 50)`, [
      new Date(Date.UTC(2026, 10, 1, 10, round)).toISOString(),
    ])
    await tx.run(`UPDATE attendees SET neighbourhood = ?1 WHERE id IN (SELECT id FROM attendees ORDER BY id LIMIT 50 OFFSET ?2)`, [`幸福里${round}号楼`, round * 50])
  })
}

beforeAll(async () => {
  source = await openLaptop('source')
  target = await openLaptop('target')
  const started = performance.now()
  await seedLargeDatabase(source.db, PLAN)
  seedMs = performance.now() - started
}, 600_000)

afterAll(async () => {
  recordFigures('sync', [
    { name: 'first bundle export, 10,000 people + 100,000 attendance, median', value: round2(percentile(timings.export, 50)), unit: 'ms', target: '< 5000 ms' },
    { name: 'first bundle file size (gzip)', value: round2(bundleBytes / 1024 / 1024), unit: 'MB' },
    { name: 'first bundle apply to an empty laptop, median', value: round2(percentile(timings.applyFirst, 50)), unit: 'ms', target: '< 5000 ms' },
    { name: 'reference: the same rows written with plain multi-row INSERTs (seeding), once', value: round2(seedMs), unit: 'ms' },
    { name: 'first bundle apply ÷ plain INSERTs of the same rows', value: round2(percentile(timings.applyFirst, 50) / seedMs), unit: '×' },
    { name: 'incremental bundle of 100 changes: apply, median', value: round2(percentile(timings.applyIncremental, 50)), unit: 'ms' },
    { name: 'incremental bundle of 100 changes: apply, p95', value: round2(percentile(timings.applyIncremental, 95)), unit: 'ms', target: '< 100 ms' },
  ])
  await source.cleanup()
  await target.cleanup()
})

describe('merge bundles between laptops', () => {
  bench(
    'sync.exportBundle: first bundle, everything',
    async () => {
      const bundle = await timed('export', () => source.ok<{ dataBase64: string }>('sync.exportBundle', {}))
      firstBundle = bundle.dataBase64
      bundleBytes = Buffer.byteLength(firstBundle, 'base64')
    },
    { iterations: 3, warmupIterations: 0 },
  )

  bench(
    'sync.importBundle: first bundle into an empty laptop',
    async () => {
      const fresh = await openLaptop('fresh')
      await timed('applyFirst', () => fresh.ok('sync.importBundle', { dataBase64: firstBundle }))
      await fresh.cleanup()
    },
    { iterations: 3, warmupIterations: 0 },
  )

  bench(
    'sync.importBundle: 100 changes',
    async () => {
      if (timings.applyIncremental.length === 0 && !(await target.ok<{ peers: unknown[] }>('sync.status', {})).peers.length) {
        await target.ok('sync.importBundle', { dataBase64: firstBundle })
        // the target answers, so the source learns what it has and sends only changes from now on
        const back = await target.ok<{ dataBase64: string }>('sync.exportBundle', { peerDeviceId: await deviceIdOf(source) })
        await source.ok('sync.importBundle', { dataBase64: back.dataBase64 })
      }
      await hundredChanges(timings.applyIncremental.length)
      const bundle = await source.ok<{ dataBase64: string }>('sync.exportBundle', { peerDeviceId: await deviceIdOf(target) })
      await timed('applyIncremental', () => target.ok('sync.importBundle', { dataBase64: bundle.dataBase64 }))
    },
    { iterations: 10, warmupIterations: 0 },
  )
})
