import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { registerIpcTransport } from '../../../src-main/transports/ipc'
import { apiMethods } from '../../../src-main/api/contract'
import { IPC_CHANNEL_PREFIX } from '../../../src-main/preload/bridgeApi'
import { openTestApp, type TestApp } from '../../helpers/testApp'

type Listener = (event: { senderFrame: { url: string } | null }, ...args: unknown[]) => unknown

let app: TestApp
let registered: Map<string, Listener>
const trustedUrl = 'file:///app/out/renderer/index.html#/sessions'

beforeEach(async () => {
  app = await openTestApp()
  registered = new Map()
  const fakeIpcMain = { handle: (channel: string, listener: Listener) => void registered.set(channel, listener) }
  registerIpcTransport(fakeIpcMain as never, app.handlers, (url) => url.startsWith('file:///app/out/renderer/index.html'))
})
afterEach(() => app.cleanup())

describe('IPC transport', () => {
  it('registers one handler per contract method', () => {
    expect([...registered.keys()].sort()).toEqual(apiMethods.map((m) => IPC_CHANNEL_PREFIX + m).sort())
  })

  it('runs the call for our own page and validates its input', async () => {
    const create = registered.get(`${IPC_CHANNEL_PREFIX}sessions.create`)!
    const ok = await create({ senderFrame: { url: trustedUrl } }, { title: '讲座', startsAt: '2026-12-01T10:00:00Z', place: '礼堂' }, 'zh-CN')
    expect(ok).toMatchObject({ ok: true, result: { title: '讲座' } })
    const bad = await create({ senderFrame: { url: trustedUrl } }, { title: 5 }, 'en')
    expect(bad).toMatchObject({ ok: false, status: 400, error: { code: 'invalid_input' } })
  })

  it('refuses calls from any other sender and writes nothing', async () => {
    const create = registered.get(`${IPC_CHANNEL_PREFIX}sessions.create`)!
    const input = { title: '讲座', startsAt: '2026-12-01T10:00:00Z', place: '礼堂' }
    for (const senderFrame of [{ url: 'https://evil.example/' }, { url: 'file:///tmp/other.html' }, null]) {
      expect(await create({ senderFrame }, input, 'en')).toMatchObject({ ok: false, status: 403, error: { code: 'forbidden' } })
    }
    const count = await app.db.read((db) => db.get<{ n: number }>('SELECT COUNT(*) AS n FROM sessions'))
    expect(count?.n).toBe(0)
  })
})
