import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Server } from 'node:http'
import { startHttpTransport } from '../../../src-main/transports/http'
import { openTestApp, type TestApp } from '../../helpers/testApp'
import { oddBodies, oddValues, rawBodies } from './fuzzValues'
import { sampleFor, type JsonSchema } from './jsonSchemaSample'

const TOKEN = 'fuzz-token-0123456789abcdef'
const MIN_CASES = 10_000
let app: TestApp
let server: Server
let base: string

beforeAll(async () => {
  app = await openTestApp()
  const started = await startHttpTransport({ handlers: app.handlers, token: TOKEN })
  server = started.server
  base = `http://127.0.0.1:${started.port}`
  const session = (await app.call('sessions.create', { title: '讲座', startsAt: '2026-12-01T10:00:00Z', place: '礼堂' })) as { ok: true; result: { id: string } }
  await app.call('attendees.signUp', { sessionId: session.result.id, name: '张三', phone: '13800138000', consent: true })
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  await app.cleanup()
})

/** Each case is the exact request body text. */
function* casesFor(schema: JsonSchema): Generator<string> {
  yield* rawBodies
  for (const body of oddBodies) yield JSON.stringify(body)
  for (const input of valueCasesFor(schema)) yield JSON.stringify(input)
}

function* valueCasesFor(schema: JsonSchema): Generator<unknown> {
  const base = sampleFor(schema) as Record<string, unknown>
  const keys = Object.keys(schema.properties ?? {})
  for (const key of keys) {
    for (const value of oddValues) yield { ...base, [key]: value }
    const { [key]: _dropped, ...missing } = base
    yield missing
  }
  for (const value of oddValues) yield { ...base, unexpectedField: value }
}

const dataVersion = async () => (await app.db.read((reader) => reader.get<{ data_version: number }>('PRAGMA data_version')))!.data_version
const changeCount = async () =>
  (await app.db.read((reader) =>
    reader.get<{ n: number }>(
      'SELECT (SELECT COUNT(*) FROM sessions) + (SELECT COUNT(*) FROM attendees) + (SELECT COUNT(*) FROM attendance) + (SELECT COUNT(*) FROM consents) AS n',
    ),
  ))!.n

describe('API fuzzing over HTTP', () => {
  it(`sends at least ${MIN_CASES} malformed inputs to every listed method: never a 500, never a crash, rejected calls change nothing`, { timeout: 300_000 }, async () => {
    const listing = (await (await fetch(`${base}/api`, { headers: { 'x-api-token': TOKEN } })).json()) as { methods: { name: string; input: JsonSchema }[] }
    expect(listing.methods.length).toBeGreaterThan(5)
    let sent = 0
    const statuses = new Map<number, number>()
    const serverErrors: string[] = []
    const rejectedButChanged: string[] = []
    while (sent < MIN_CASES) {
      for (const method of listing.methods) {
        for (const input of casesFor(method.input)) {
          const before = await dataVersion()
          const rowsBefore = await changeCount()
          const response = await fetch(`${base}/api/${method.name}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-api-token': TOKEN },
            body: input,
          })
          sent += 1
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
          const body = (await response.json()) as { error?: { message?: string } }
          if (response.status >= 500 && response.status !== 503) serverErrors.push(`${method.name} ${input.slice(0, 120)} → ${response.status}`)
          if (response.status >= 400) {
            expect(typeof body.error?.message).toBe('string')
            if ((await dataVersion()) !== before || (await changeCount()) !== rowsBefore) rejectedButChanged.push(`${method.name} ${input.slice(0, 120)}`)
          }
        }
      }
      expect((await fetch(`${base}/api/health`, { headers: { 'x-api-token': TOKEN } })).status).toBe(200)
    }
    console.log(`[fuzz] ${sent} cases over ${listing.methods.length} methods; statuses ${JSON.stringify(Object.fromEntries(statuses))}`)
    expect(serverErrors).toEqual([])
    expect(rejectedButChanged).toEqual([])
    expect(statuses.get(400) ?? 0).toBeGreaterThan(sent / 2)
  })
})
