import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { apiMethods } from '../../src-main/contract'
import { backupFileName } from '../../src-main/contract/backupNames'
import { CONTENT_SECURITY_POLICY } from '../../src-main/security/contentSecurityPolicy'
import { PRINT_CHANNEL, type BridgeResponse, type OutreachBridge } from '../../src-main/contract/bridge'
import { loadBuiltShell, type BuiltShell } from '../helpers/builtShell'
import { preventableEvent, type FakeBrowserWindow } from '../helpers/fakeElectron'
import { makeTempDir, openTempDatabase } from '../helpers/tempDatabase'

const outDir = resolve(process.env.OUTREACH_OUT ?? 'out')
/** What a resident at the kiosk may do, and nothing else (issue 11). */
const RESIDENT_METHODS = ['kiosk.sessionInfo', 'kiosk.signUp', 'kiosk.verifyPin']
const PIN = '2468'
const REFUSED = ['unknown_method', 'forbidden']

function refusal(answer: BridgeResponse): string | undefined {
  return answer.ok ? undefined : answer.error.code
}

async function expectOk(answer: Promise<BridgeResponse>): Promise<Record<string, unknown>> {
  const settled = await answer
  if (!settled.ok) throw new Error(`${settled.error.code}: ${settled.error.message}`)
  return settled.result as Record<string, unknown>
}

const userData = makeTempDir('outreach-shell-')
let shell: BuiltShell
let mainWindow: FakeBrowserWindow
let main: OutreachBridge
let sessionId: string

beforeAll(async () => {
  shell = await loadBuiltShell(outDir, userData.dir)
  mainWindow = shell.fake.windows[0]
  main = shell.bridgeFor(mainWindow.webContents)
})

afterAll(async () => {
  await shell?.unload()
  userData.remove()
})

describe('the built Electron shell, run under Node with electron stood in for', () => {
  it('opens one window with the secure web preferences and the built preload', () => {
    expect(shell.fake.app.exitCode).toBeUndefined()
    expect(shell.fake.windows).toHaveLength(1)
    expect(mainWindow.options.webPreferences).toMatchObject({
      preload: shell.preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    })
    expect(existsSync(shell.preloadFile)).toBe(true)
  })

  it('serves the page from the privileged app:// scheme with the CSP as a header', async () => {
    expect(mainWindow.loadedUrls).toEqual(['app://outreach/index.html'])
    expect(shell.fake.privilegedSchemes).toEqual([
      { schemes: [{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) }], beforeReady: true },
    ])
    const handler = shell.fake.protocolHandlers.get('app')
    expect(handler).toBeTypeOf('function')
    const page = await handler!(new Request('app://outreach/index.html'))
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await page.text()).toContain('<div id="app">')
    const script = readdirSync(resolve(outDir, 'renderer/assets')).find((name) => name.endsWith('.js'))
    const asset = await handler!(new Request(`app://outreach/assets/${script}`))
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    for (const outside of ['app://outreach/..%2Fmain%2Findex.js', 'app://outreach/%2e%2e/preload/index.js', 'app://elsewhere/index.html', 'app://outreach/missing.js']) {
      expect((await handler!(new Request(outside))).status, outside).toBe(404)
    }
  })

  it('has an IPC channel for every contract method', () => {
    for (const method of apiMethods) expect(shell.fake.ipcHandlers.has(`api:${method}`), method).toBe(true)
  })

  it('lets the main window reach every contract method through the preload, none refused as unknown or forbidden', async () => {
    const refused: string[] = []
    for (const method of apiMethods) {
      const code = refusal(await main.invoke(method, {}, 'en'))
      if (code && REFUSED.includes(code)) refused.push(`${method}: ${code}`)
    }
    expect(refused).toEqual([])
  })

  it('creates a session and reads it back, and loads its ledger fields (two-dot method names)', async () => {
    const created = await expectOk(main.invoke('sessions.create', { title: '守好钱袋子', startsAt: '2026-12-01T14:30:00+08:00', place: '社区活动中心' }, 'zh-CN'))
    sessionId = String(created.id)
    expect(await expectOk(main.invoke('sessions.get', { id: sessionId }, 'zh-CN'))).toMatchObject({ id: sessionId, title: '守好钱袋子' })
    expect(await expectOk(main.invoke('sessions.ledgerFields.get', { sessionId }, 'zh-CN'))).toBeTypeOf('object')
  })

  it('refuses calls from a window main did not open, and from a frame that is not the app page', async () => {
    const stranger = new shell.fake.BrowserWindow({})
    await stranger.loadURL('app://outreach/index.html')
    expect(refusal(await shell.bridgeFor(stranger.webContents).invoke('sessions.list', {}, 'en'))).toBe('forbidden')
    stranger.destroy()

    mainWindow.webContents.url = 'https://example.com/'
    try {
      expect(refusal(await main.invoke('sessions.list', {}, 'en'))).toBe('forbidden')
      expect(await main.print({})).toEqual({ ok: false, reason: 'forbidden' })
    } finally {
      mainWindow.webContents.url = mainWindow.loadedUrls[0]
    }
  })

  it('gives the audience window no API, and lets only the worker window open it', async () => {
    const url = 'app://outreach/index.html#/audience/talk-1'
    const decision = mainWindow.webContents.openHandler!({ url }) as { action: string; overrideBrowserWindowOptions: FakeBrowserWindow['options'] }
    expect(decision.action).toBe('allow')
    expect(decision.overrideBrowserWindowOptions.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false })
    expect(mainWindow.webContents.openHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
    // What Electron does when the open handler allows a window.
    const audience = new shell.fake.BrowserWindow(decision.overrideBrowserWindowOptions)
    mainWindow.webContents.emit('did-create-window', audience, { url })
    await audience.loadURL(url)
    const bridge = shell.bridgeFor(audience.webContents)
    expect(refusal(await bridge.invoke('sessions.list', {}, 'en'))).toBe('forbidden')
    expect(refusal(await bridge.invoke('presentations.listForSession', { sessionId }, 'en'))).toBe('forbidden')
    expect(await bridge.print({})).toEqual({ ok: false, reason: 'forbidden' })
    audience.destroy()
  })
})

describe('the kiosk in the desktop app', () => {
  let kiosk: FakeBrowserWindow

  it('opens a locked-down kiosk window with the resident role when the worker starts it', async () => {
    await expectOk(main.invoke('settings.update', { kioskPin: PIN }, 'zh-CN'))
    await expectOk(main.invoke('kiosk.start', { sessionId }, 'zh-CN'))
    kiosk = shell.fake.windows.find((window) => window.options.kiosk === true && !window.destroyed)!
    expect(kiosk).toBeDefined()
    expect(kiosk.options).toMatchObject({ kiosk: true, fullscreen: true })
    expect(kiosk.options.webPreferences).toMatchObject({ preload: shell.preloadFile, contextIsolation: true, sandbox: true, nodeIntegration: false, devTools: false })
    expect(kiosk.menuRemoved).toBe(true)
    expect(kiosk.loadedUrls).toEqual([`app://outreach/index.html#/sessions/${sessionId}/kiosk`])
    expect(mainWindow.visible).toBe(false)
  })

  it('answers only the resident methods from the kiosk window', async () => {
    const bridge = shell.bridgeFor(kiosk.webContents)
    const wronglyAllowed: string[] = []
    for (const method of apiMethods.filter((name) => !RESIDENT_METHODS.includes(name))) {
      if (refusal(await bridge.invoke(method, {}, 'en')) !== 'forbidden') wronglyAllowed.push(method)
    }
    expect(wronglyAllowed).toEqual([])
    for (const method of RESIDENT_METHODS.filter((name) => (apiMethods as string[]).includes(name))) {
      expect(refusal(await bridge.invoke(method, {}, 'en')), method).not.toBe('forbidden')
    }
    expect(await expectOk(bridge.invoke('kiosk.verifyPin', { pin: '0000' }, 'en'))).toMatchObject({ ok: false, pinSet: true })
    expect(await bridge.print({})).toEqual({ ok: false, reason: 'forbidden' })
    expect(kiosk.webContents.openHandler!({ url: 'app://outreach/index.html#/audience/x' })).toEqual({ action: 'deny' })
  })

  it('keeps the kiosk open against close keys, reload, dev tools, closing and quitting, asking for the PIN', () => {
    const press = (input: Record<string, unknown>) => {
      const event = preventableEvent()
      kiosk.webContents.emit('before-input-event', event, { type: 'keyDown', control: false, meta: false, alt: false, shift: false, ...input })
      return event.defaultPrevented
    }
    const asked = () => kiosk.webContents.sent.filter((message) => message.channel === 'kiosk:exitRequested').length
    expect(press({ key: 'F4', code: 'F4', alt: true })).toBe(true)
    expect(press({ key: 'w', code: 'KeyW', control: true })).toBe(true)
    expect(asked()).toBe(2)
    for (const blocked of [
      { key: 'r', code: 'KeyR', control: true },
      { key: 'F5', code: 'F5' },
      { key: 'I', code: 'KeyI', control: true, shift: true },
      { key: 'F11', code: 'F11' },
      { key: 'F12', code: 'F12' },
    ]) {
      expect(press(blocked), JSON.stringify(blocked)).toBe(true)
    }
    expect(press({ key: 'a', code: 'KeyA' })).toBe(false)
    expect(press({ key: 'Enter', code: 'Enter' })).toBe(false)

    kiosk.close()
    expect(kiosk.destroyed).toBe(false)
    shell.fake.app.quit()
    expect(kiosk.destroyed).toBe(false)
    expect(asked()).toBe(4)
  })

  it('reopens the kiosk after a relaunch until the PIN is given, then returns to the worker window', async () => {
    await shell.unload()
    shell = await loadBuiltShell(outDir, userData.dir)
    const relaunched = shell.fake.windows.find((window) => window.options.kiosk === true)
    expect(relaunched?.loadedUrls).toEqual([`app://outreach/index.html#/sessions/${sessionId}/kiosk`])
    const worker = shell.fake.windows.find((window) => window.options.kiosk !== true)!
    await expect.poll(() => relaunched!.visible).toBe(true)
    expect(worker.visible).toBe(false)

    const bridge = shell.bridgeFor(relaunched!.webContents)
    expect(await expectOk(bridge.invoke('kiosk.verifyPin', { pin: PIN }, 'zh-CN'))).toMatchObject({ ok: true })
    await expect.poll(() => relaunched!.destroyed).toBe(true)
    expect(worker.visible).toBe(true)

    await shell.unload()
    shell = await loadBuiltShell(outDir, userData.dir)
    expect(shell.fake.windows.filter((window) => window.options.kiosk === true)).toEqual([])
    mainWindow = shell.fake.windows[0]
    main = shell.bridgeFor(mainWindow.webContents)
    expect(await expectOk(main.invoke('sessions.get', { id: sessionId }, 'zh-CN'))).toMatchObject({ id: sessionId })
  })
})

describe('the print channels', () => {
  it('are registered and answer the worker window', async () => {
    expect(shell.fake.ipcHandlers.has(PRINT_CHANNEL)).toBe(true)
    expect(await main.print({ copies: 0 } as never)).toEqual({ ok: false, reason: 'invalid_request' })
  })
})

describe('a failure while the desktop app starts', () => {
  for (const [locale, expected] of [
    ['zh-CN', '反诈宣讲台启动失败，程序将关闭。'],
    ['en-US', 'Outreach Desk could not start and will close.'],
  ] as const) {
    it(`shows a dialog in ${locale} and exits instead of leaving an unhandled rejection`, async () => {
      const elsewhere = makeTempDir('outreach-shell-failing-')
      const failing = await loadBuiltShell(outDir, elsewhere.dir, { locale, failToSetMenu: new Error('menu broke') })
      try {
        expect(failing.fake.app.exitCode).toBe(1)
        expect(failing.fake.errorBoxes).toHaveLength(1)
        expect(failing.fake.errorBoxes[0].content).toContain(expected)
        expect(failing.fake.errorBoxes[0].content).toContain('menu broke')
        expect(failing.fake.windows).toEqual([])
      } finally {
        await failing.unload()
        elsewhere.remove()
      }
    })
  }

  it('shows a dialog and exits when the backup offered at start-up cannot be opened either (the second open)', async () => {
    const elsewhere = makeTempDir('outreach-shell-second-open-')
    const newer = await openTempDatabase()
    try {
      await newer.db.write((tx) => tx.run('PRAGMA user_version = 999'))
      await newer.db.close()
      mkdirSync(join(elsewhere.dir, 'outreach-backups'))
      copyFileSync(newer.file, join(elsewhere.dir, 'outreach-backups', backupFileName(new Date(), 'daily')))
      writeFileSync(join(elsewhere.dir, 'outreach.sqlite'), 'this is not a database, and never was')
      const failing = await loadBuiltShell(outDir, elsewhere.dir, { messageBoxResponse: 0 })
      try {
        expect(failing.fake.app.exitCode).toBe(1)
        expect(failing.fake.errorBoxes.length).toBeGreaterThanOrEqual(1)
        expect(failing.fake.windows).toEqual([])
      } finally {
        await failing.unload()
      }
    } finally {
      await newer.cleanup()
      elsewhere.remove()
    }
  })
})
