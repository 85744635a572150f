import { describe, expect, it } from 'vitest'
import { EventEmitter } from 'node:events'
import { kioskWindows } from '../../../src-main/electron/kioskWindow'
import { WindowRoles } from '../../../src-main/electron/windowRoles'
import { FakeBrowserWindow, preventableEvent } from '../../helpers/fakeElectron'

function setUp() {
  const app = new EventEmitter()
  const shell = { app, windows: [] as FakeBrowserWindow[] }
  const roles = new WindowRoles()
  const worker = new FakeBrowserWindow({}, shell)
  worker.visible = true
  roles.assign(worker.webContents, 'worker')
  const kiosk = kioskWindows({
    app: app as never,
    createWindow: (options) => new FakeBrowserWindow(options as never, shell) as never,
    preloadPath: '/app/out/preload/index.js',
    rendererUrl: 'app://outreach/index.html',
    roles,
    workerWindow: () => worker as never,
  })
  return { app, shell, roles, worker, kiosk }
}

describe('kiosk window', () => {
  it('opens in kiosk mode with the resident role and hides the worker window', () => {
    const { shell, roles, worker, kiosk } = setUp()
    kiosk.open({ sessionId: 's-1', since: '2026-12-01T06:00:00Z' })
    const window = shell.windows[1]
    expect(window.options).toMatchObject({
      kiosk: true,
      fullscreen: true,
      closable: false,
      minimizable: false,
      webPreferences: { devTools: false, sandbox: true, contextIsolation: true },
    })
    expect(window.loadedUrls).toEqual(['app://outreach/index.html#/sessions/s-1/kiosk'])
    expect(window.menuRemoved).toBe(true)
    expect(roles.roleOf(window.webContents)).toBe('resident')
    expect(worker.visible).toBe(false)
    expect(kiosk.isOpen()).toBe(true)
  })

  it('brings a page that wandered off back to the kiosk', () => {
    const { shell, kiosk } = setUp()
    kiosk.open({ sessionId: 's-1', since: '2026-12-01T06:00:00Z' })
    const window = shell.windows[1]
    window.webContents.emit('did-navigate-in-page', {}, 'app://outreach/index.html#/sessions')
    expect(window.loadedUrls).toEqual(['app://outreach/index.html#/sessions/s-1/kiosk', 'app://outreach/index.html#/sessions/s-1/kiosk'])
  })

  it('refuses closing and quitting until unlocked, then closes and shows the worker window', async () => {
    const { app, shell, roles, worker, kiosk } = setUp()
    kiosk.open({ sessionId: 's-1', since: '2026-12-01T06:00:00Z' })
    const window = shell.windows[1]
    window.close()
    const quit = preventableEvent()
    app.emit('before-quit', quit)
    expect(window.destroyed).toBe(false)
    expect(quit.defaultPrevented).toBe(true)
    expect(window.webContents.sent.map((message) => message.channel)).toEqual(['kiosk:exitRequested', 'kiosk:exitRequested'])

    kiosk.unlocked()
    await new Promise((done) => setImmediate(done))
    expect(window.destroyed).toBe(true)
    expect(roles.roleOf(window.webContents)).toBeUndefined()
    expect(worker.visible).toBe(true)
    const laterQuit = preventableEvent()
    app.emit('before-quit', laterQuit)
    expect(laterQuit.defaultPrevented).toBe(false)
  })
})
