import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { registerIpcTransport } from '../../../src-main/transports/ipc'
import { apiMethods } from '../../../src-main/contract'
import type { ApiRole } from '../../../src-main/api/roles'
import { IPC_CHANNEL_PREFIX } from '../../../src-main/contract/bridge'
import { openTestApp, type TestApp } from '../../helpers/testApp'

type Listener = (event: { senderFrame: { url: string } | null; sender: object }, ...args: unknown[]) => unknown

let app: TestApp
let registered: Map<string, Listener>
const trustedUrl = 'file:///app/out/renderer/index.html#/sessions'
const workerWindow = {}
const kioskWindow = {}
const audienceWindow = {}
const roles = new Map<object, ApiRole>([
  [workerWindow, 'worker'],
  [kioskWindow, 'resident'],
  [audienceWindow, 'audience'],
])

beforeEach(async () => {
  app = await openTestApp()
  registered = new Map()
  const fakeIpcMain = { handle: (channel: string, listener: Listener) => void registered.set(channel, listener) }
  registerIpcTransport(fakeIpcMain as never, app.handlers, {
    isTrustedUrl: (url) => url.startsWith('file:///app/out/renderer/index.html'),
    roleOf: (sender) => roles.get(sender as object),
  })
})
afterEach(() => app.cleanup())

async function sessionCount(): Promise<number | undefined> {
  return (await app.db.read((db) => db.get<{ n: number }>('SELECT COUNT(*) AS n FROM sessions')))?.n
}

describe('IPC transport', () => {
  it('registers one handler per contract method', () => {
    expect([...registered.keys()].sort()).toEqual(apiMethods.map((m) => IPC_CHANNEL_PREFIX + m).sort())
  })

  it("runs the call for the worker's window on our own page and validates its input", async () => {
    const create = registered.get(`${IPC_CHANNEL_PREFIX}sessions.create`)!
    const ok = await create({ senderFrame: { url: trustedUrl }, sender: workerWindow }, { title: '讲座', startsAt: '2026-12-01T10:00:00Z', place: '礼堂' }, 'zh-CN')
    expect(ok).toMatchObject({ ok: true, result: { title: '讲座' } })
    const bad = await create({ senderFrame: { url: trustedUrl }, sender: workerWindow }, { title: 5 }, 'en')
    expect(bad).toMatchObject({ ok: false, status: 400, error: { code: 'invalid_input' } })
  })

  it('refuses calls from any other frame and writes nothing', async () => {
    const create = registered.get(`${IPC_CHANNEL_PREFIX}sessions.create`)!
    const input = { title: '讲座', startsAt: '2026-12-01T10:00:00Z', place: '礼堂' }
    for (const senderFrame of [{ url: 'https://evil.example/' }, { url: 'file:///tmp/other.html' }, null]) {
      expect(await create({ senderFrame, sender: workerWindow }, input, 'en')).toMatchObject({ ok: false, status: 403, error: { code: 'forbidden' } })
    }
    expect(await sessionCount()).toBe(0)
  })

  it('gives the kiosk only the resident methods, the audience and unknown windows nothing, and writes nothing for them', async () => {
    const create = registered.get(`${IPC_CHANNEL_PREFIX}sessions.create`)!
    const input = { title: '讲座', startsAt: '2026-12-01T10:00:00Z', place: '礼堂' }
    for (const sender of [kioskWindow, audienceWindow, {}]) {
      expect(await create({ senderFrame: { url: trustedUrl }, sender }, input, 'zh-CN')).toMatchObject({
        ok: false,
        status: 403,
        error: { code: 'forbidden', message: '这个窗口或来源不能使用这项功能。' },
      })
    }
    expect(await sessionCount()).toBe(0)
    const verifyPin = registered.get(`${IPC_CHANNEL_PREFIX}kiosk.verifyPin`)!
    expect(await verifyPin({ senderFrame: { url: trustedUrl }, sender: kioskWindow }, { pin: '1234' }, 'en')).toEqual({
      ok: true,
      result: { ok: false, pinSet: false, retryAfterSeconds: 0 },
    })
    expect(await verifyPin({ senderFrame: { url: trustedUrl }, sender: audienceWindow }, { pin: '1234' }, 'en')).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })
})
