import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Server } from 'node:http'
import { startHttpTransport } from '../../../src-main/transports/http'
import { openTestApp, type TestApp } from '../../helpers/testApp'

const WORKER_TOKEN = 'worker-token-0123456789abcdef'
const RESIDENT_TOKEN = 'resident-token-0123456789abcdef'
let app: TestApp
let server: Server
let base: string

beforeEach(async () => {
  app = await openTestApp()
  const started = await startHttpTransport({ handlers: app.handlers, token: WORKER_TOKEN, roleOfToken: (token) => (token === RESIDENT_TOKEN ? 'resident' : undefined) })
  server = started.server
  base = `http://127.0.0.1:${started.port}`
})
afterEach(async () => {
  await new Promise((resolve) => server.close(resolve))
  await app.cleanup()
})

function post(method: string, token: string, body: object = {}) {
  return fetch(`${base}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-token': token, 'accept-language': 'en' },
    body: JSON.stringify(body),
  })
}

describe('HTTP roles by token', () => {
  it('gives the worker token every method', async () => {
    expect((await post('sessions.list', WORKER_TOKEN)).status).toBe(200)
    expect((await fetch(`${base}/api`, { headers: { 'x-api-token': WORKER_TOKEN } })).status).toBe(200)
  })

  it('gives a resident token only the resident methods, and writes nothing for the rest', async () => {
    const refused = await post('sessions.create', RESIDENT_TOKEN, { title: '讲座', startsAt: '2026-12-01T10:00:00Z', place: '礼堂' })
    expect(refused.status).toBe(403)
    expect(await refused.json()).toEqual({ error: { code: 'forbidden', message: 'This window or origin may not use that function.' } })
    expect((await fetch(`${base}/api`, { headers: { 'x-api-token': RESIDENT_TOKEN } })).status).toBe(403)
    const pin = await post('kiosk.verifyPin', RESIDENT_TOKEN, { pin: '1234' })
    expect(pin.status).toBe(200)
    expect(await pin.json()).toEqual({ ok: false, pinSet: false, retryAfterSeconds: 0 })
    const count = await app.db.read((db) => db.get<{ n: number }>('SELECT COUNT(*) AS n FROM sessions'))
    expect(count?.n).toBe(0)
  })

  it('refuses an unknown or empty token as unauthorized', async () => {
    expect((await post('sessions.list', 'someone-else-0123456789')).status).toBe(401)
    expect((await post('sessions.list', '')).status).toBe(401)
  })
})
