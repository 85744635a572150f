import { describe, expect, it, vi } from 'vitest'
import { EventEmitter } from 'node:events'
import { denyAllPermissions, hardenAllContents } from '../../../src-main/electron/hardenContents'
import { kioskWindowOptions, mainWindowOptions } from '../../../src-main/electron/windowOptions'

describe('window web preferences', () => {
  it('isolate and sandbox the page with no Node integration', () => {
    expect(mainWindowOptions('/preload.js').webPreferences).toMatchObject({
      preload: '/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    })
  })

  it('lock the kiosk window down further: kiosk mode, full screen, no dev tools', () => {
    expect(kioskWindowOptions('/preload.js')).toMatchObject({
      kiosk: true,
      fullscreen: true,
      minimizable: false,
      closable: false,
      webPreferences: { ...mainWindowOptions('/preload.js').webPreferences, devTools: false },
    })
  })
})

describe('hardening of every web contents', () => {
  function setUp() {
    const app = new EventEmitter()
    hardenAllContents(app as never, (url) => url.startsWith('file:///app/'))
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() })
    app.emit('web-contents-created', {}, contents)
    return contents
  }

  it('blocks navigation away from our page and allows it within', () => {
    const contents = setUp()
    const away = { preventDefault: vi.fn() }
    contents.emit('will-navigate', away, 'https://evil.example/')
    expect(away.preventDefault).toHaveBeenCalled()
    const within = { preventDefault: vi.fn() }
    contents.emit('will-navigate', within, 'file:///app/index.html#/x')
    expect(within.preventDefault).not.toHaveBeenCalled()
  })

  it('asks windowFor with the opener, so only the worker window may open the audience screen', () => {
    const app = new EventEmitter()
    const opened: Array<{ url: string; opener: unknown }> = []
    hardenAllContents(
      app as never,
      () => true,
      (url, opener) => {
        opened.push({ url, opener })
        return (opener as unknown) === worker ? {} : undefined
      },
    )
    const worker = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() })
    const kiosk = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() })
    app.emit('web-contents-created', {}, worker)
    app.emit('web-contents-created', {}, kiosk)
    const url = 'app://outreach/index.html#/audience/x'
    expect(worker.setWindowOpenHandler.mock.calls[0][0]({ url })).toEqual({ action: 'allow', overrideBrowserWindowOptions: {} })
    expect(kiosk.setWindowOpenHandler.mock.calls[0][0]({ url })).toEqual({ action: 'deny' })
    expect(opened).toEqual([
      { url, opener: worker },
      { url, opener: kiosk },
    ])
  })

  it('denies new windows and webviews', () => {
    const contents = setUp()
    const openHandler = contents.setWindowOpenHandler.mock.calls[0][0] as (details: { url: string }) => { action: string }
    expect(openHandler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' })
    expect(openHandler({ url: 'file:///app/index.html#/audience/x' })).toEqual({ action: 'deny' })
    const attach = { preventDefault: vi.fn() }
    contents.emit('will-attach-webview', attach)
    expect(attach.preventDefault).toHaveBeenCalled()
  })

  it('denies every permission request and check', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() }
    denyAllPermissions(session)
    const callback = vi.fn()
    session.setPermissionRequestHandler.mock.calls[0][0]({}, 'media', callback)
    expect(callback).toHaveBeenCalledWith(false)
    expect(session.setPermissionCheckHandler.mock.calls[0][0]()).toBe(false)
  })
})
