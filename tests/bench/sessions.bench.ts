import { afterAll, beforeAll, bench, describe } from 'vitest'
import { openTestApp, type TestApp } from '../helpers/testApp'

let app: TestApp
let counter = 0

beforeAll(async () => {
  app = await openTestApp()
  for (let i = 0; i < 1000; i++) await app.call('sessions.create', { title: `Seed ${i}`, startsAt: '2026-01-01T10:00:00Z', place: 'Hall' })
})
afterAll(() => app.cleanup())

describe('sessions on a real file (WAL, synchronous=FULL)', () => {
  bench('sessions.create: one durable write through dispatch', async () => {
    counter += 1
    await app.call('sessions.create', { title: `Bench ${counter}`, startsAt: '2026-01-01T10:00:00Z', place: 'Hall' })
  })

  bench('sessions.list of 1,000+ sessions', async () => {
    await app.call('sessions.list', {})
  })
})
