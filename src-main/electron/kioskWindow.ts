import type { App, BrowserWindow, BrowserWindowConstructorOptions } from 'electron'
import type { KioskLock } from '../contract/kioskLock'
import { KIOSK_EXIT_CHANNEL } from '../contract/bridge'
import { kioskKeyAction, kioskUrl } from './kioskKeys'
import { kioskWindowOptions } from './windowOptions'
import type { WindowRoles } from './windowRoles'
import type { KioskWindowControl } from './withKioskWindow'

export interface KioskWindowDeps {
  app: Pick<App, 'on'>
  createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow
  preloadPath: string
  rendererUrl: string
  roles: WindowRoles
  /** The worker's window, hidden while the kiosk is up so a resident cannot switch to it. */
  workerWindow: () => BrowserWindow | undefined
}

export interface KioskWindows extends KioskWindowControl {
  isOpen(): boolean
}

/**
 * The kiosk window: resident role only, and no way out but the worker's PIN. Close keys, closing the window
 * and quitting the app are refused and ask the page for the PIN; reload, dev tools and full-screen keys are swallowed.
 */
export function kioskWindows({ app, createWindow, preloadPath, rendererUrl, roles, workerWindow }: KioskWindowDeps): KioskWindows {
  let kiosk: BrowserWindow | undefined
  let unlocking = false
  const isOpen = () => kiosk !== undefined && !kiosk.isDestroyed()
  const askForPin = () => kiosk?.webContents.send(KIOSK_EXIT_CHANNEL)

  app.on('before-quit', (event) => {
    if (!isOpen()) return
    event.preventDefault()
    askForPin()
  })

  function open(lock: KioskLock): void {
    kiosk?.destroy()
    unlocking = false
    const url = kioskUrl(rendererUrl, lock.sessionId)
    // The options come from kioskWindowOptions() (secureWebPreferences plus devTools off), which electronegativity
    // cannot follow into; tests/unit/electron/security.test.ts and tests/e2e/electronShell.test.ts assert them.
    const window = createWindow(kioskWindowOptions(preloadPath))
    kiosk = window
    roles.assign(window.webContents, 'resident')
    window.removeMenu()
    window.webContents.on('before-input-event', (event, input) => {
      const action = kioskKeyAction(input)
      if (action === 'allow') return
      event.preventDefault()
      if (action === 'askPin') askForPin()
    })
    // A page that wandered off the kiosk (a link in an error notice) is brought back, so the PIN dialog is always there.
    window.webContents.on('did-navigate-in-page', (_event, navigatedTo) => {
      if (!unlocking && navigatedTo !== url) void window.loadURL(url)
    })
    window.on('close', (event) => {
      if (unlocking) return
      event.preventDefault()
      askForPin()
    })
    window.once('ready-to-show', () => window.show())
    void window.loadURL(url)
    workerWindow()?.hide()
  }

  function unlocked(): void {
    if (!isOpen()) return
    unlocking = true
    const closing = kiosk
    kiosk = undefined
    // After this tick, so the PIN check's answer reaches the page before its window goes.
    setImmediate(() => {
      closing?.destroy()
      const worker = workerWindow()
      worker?.show()
      worker?.focus()
    })
  }

  return { open, unlocked, isOpen }
}
