import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Server } from 'node:http'
import { startHttpTransport } from '../../../src-main/transports/http'
import { apiMethods } from '../../../src-main/contract'
import { openTestApp, type TestApp } from '../../helpers/testApp'

let app: TestApp
let server: Server
let base: string
const TOKEN = 'test-token-0123456789abcdef'

beforeEach(async () => {
  app = await openTestApp()
  const staticDir = join(app.dir, 'renderer')
  mkdirSync(staticDir)
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>renderer</title>')
  writeFileSync(join(app.dir, 'secret.txt'), 'outside the renderer')
  const started = await startHttpTransport({ handlers: app.handlers, staticDir, token: TOKEN })
  server = started.server
  base = `http://127.0.0.1:${started.port}`
})
afterEach(async () => {
  await new Promise((resolve) => server.close(resolve))
  await app.cleanup()
})

function post(method: string, body: string | object, headers: Record<string, string> = {}) {
  return fetch(`${base}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-token': TOKEN, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

describe('HTTP transport', () => {
  it('binds to 127.0.0.1 only', () => {
    expect(server.address()).toMatchObject({ address: '127.0.0.1' })
  })

  it('answers health with the schema version', async () => {
    const response = await fetch(`${base}/api/health`, { headers: { 'x-api-token': TOKEN } })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ ok: true, schemaVersion: app.db.schemaVersion })
  })

  it('lists every contract method with its input JSON Schema', async () => {
    const listing = (await (await fetch(`${base}/api`, { headers: { 'x-api-token': TOKEN } })).json()) as { methods: { name: string; input: { type: string } }[] }
    expect(listing.methods.map((m) => m.name).sort()).toEqual([...apiMethods].sort())
    for (const method of listing.methods) expect(method.input.type).toBe('object')
  })

  it('creates and lists sessions over POST with JSON', async () => {
    const created = await post('sessions.create', { title: '反诈讲座', startsAt: '2026-12-01T14:30:00+08:00', place: '社区活动室' })
    expect(created.status).toBe(200)
    const listed = (await (await post('sessions.list', {})).json()) as { items: { title: string }[] }
    expect(listed.items.map((s) => s.title)).toEqual(['反诈讲座'])
  })

  it('answers 400 invalid_input in the language of Accept-Language', async () => {
    const zh = await post('sessions.create', { title: '' })
    expect(zh.status).toBe(400)
    expect(await zh.json()).toMatchObject({ error: { code: 'invalid_input', message: expect.stringContaining('标题') } })
    const en = await post('sessions.create', { title: '' }, { 'accept-language': 'en-GB,en;q=0.9' })
    expect(await en.json()).toMatchObject({ error: { code: 'invalid_input', message: expect.stringContaining('Title is required') } })
  })

  it('answers 400 for a body that is not JSON, 404 for unknown methods and records, never 500', async () => {
    expect((await post('sessions.create', '{"title": ')).status).toBe(400)
    expect((await post('sessions.nope', {})).status).toBe(404)
    expect((await post('sessions.get', { id: '00000000-0000-4000-8000-000000000000' })).status).toBe(404)
    expect((await post('%E0%A4%A', {})).status).toBe(404)
    expect((await fetch(`${base}/api/sessions.list`, { headers: { 'x-api-token': TOKEN } })).status).toBe(405)
  })

  it('refuses a body over the size limit with 413', async () => {
    const response = await post('sessions.create', JSON.stringify({ title: 'x'.repeat(17 * 1024 * 1024) }))
    expect(response.status).toBe(413)
    expect(await response.json()).toMatchObject({ error: { code: 'payload_too_large' } })
  })

  it('needs the token on every API call, and hands it only to the page it serves', async () => {
    expect((await fetch(`${base}/api/health`)).status).toBe(401)
    expect((await fetch(`${base}/api`)).status).toBe(401)
    const wrong = await fetch(`${base}/api/sessions.list`, { method: 'POST', headers: { 'x-api-token': 'x'.repeat(TOKEN.length) }, body: '{}' })
    expect(wrong.status).toBe(401)
    expect(await wrong.json()).toMatchObject({ error: { code: 'unauthorized' } })
    expect(await (await fetch(`${base}/`)).text()).toContain(`content="${TOKEN}"`)
  })

  it('serves the renderer but nothing outside its folder', async () => {
    const index = await fetch(`${base}/`)
    expect(index.status).toBe(200)
    expect(index.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(await index.text()).toContain('renderer')
    expect((await fetch(`${base}/..%2fsecret.txt`)).status).toBe(404)
    expect((await fetch(`${base}/%2e%2e/secret.txt`)).status).toBe(404)
  })

  it('refuses a foreign Host or Origin (DNS rebinding)', async () => {
    const { request } = await import('node:http')
    const status = (headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        const req = request(`${base}/api/health`, { headers }, (res) => {
          res.resume()
          resolve(res.statusCode ?? 0)
        })
        req.on('error', reject)
        req.end()
      })
    const port = new URL(base).port
    expect(await status({ host: `evil.example:${port}` })).toBe(403)
    expect(await status({ host: `127.0.0.1:${port}`, origin: 'http://evil.example' })).toBe(403)
    expect(await status({ host: `localhost:${port}`, 'x-api-token': TOKEN })).toBe(200)
  })
})
