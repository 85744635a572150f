import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, type BrowserWindowConstructorOptions } from 'electron'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { OpenedApp } from '../app/openApp'
import { describeStartupFailure } from '../app/startupFailure'
import { readKioskLock } from '../db/repositories/kioskLockRepository'
import { openDatabaseOrRecover } from './openDatabaseOrRecover'
import { registerIpcTransport, type IpcCallers } from '../transports/ipc'
import { registerPrintIpc } from './printIpc'
import { audienceWindowPolicy } from './audienceWindow'
import { denyAllPermissions, hardenAllContents } from './hardenContents'
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, appRequestHandler } from './appScheme'
import { kioskWindows } from './kioskWindow'
import { menuTemplate } from './menu'
import { rendererLocation } from './rendererLocation'
import { mainWindowOptions } from './windowOptions'
import { WindowRoles } from './windowRoles'
import { withKioskWindow } from './withKioskWindow'

const renderer = rendererLocation(process.env, __dirname)
const preloadPath = join(__dirname, '../preload/index.js')
const roles = new WindowRoles()
let opened: OpenedApp | undefined
let mainWindow: BrowserWindow | undefined

// Electron accepts scheme privileges only before the app is ready.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }])

function createWindow(options: BrowserWindowConstructorOptions): BrowserWindow {
  // Every caller passes options built on secureWebPreferences() (isolated, sandboxed, no Node, no auxclick), which
  // electronegativity cannot follow into; tests/unit/electron/security.test.ts and tests/e2e/electronShell.test.ts assert them.
  return new BrowserWindow(options) /* eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK */
}

const kiosk = kioskWindows({
  app,
  createWindow,
  preloadPath,
  rendererUrl: renderer.url,
  roles,
  workerWindow: () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined),
})

function createMainWindow(): BrowserWindow {
  const window = createWindow(mainWindowOptions(preloadPath))
  mainWindow = window
  roles.assign(window.webContents, 'worker')
  // The audience screen follows the presenter by message and gets no API.
  window.webContents.on('did-create-window', (child) => roles.assign(child.webContents, 'audience'))
  window.once('ready-to-show', () => {
    if (!kiosk.isOpen()) window.show()
  })
  void window.loadURL(renderer.url)
  return window
}

async function start(): Promise<void> {
  hardenAllContents(app, renderer.isTrustedUrl, (url, opener) =>
    roles.roleOf(opener) === 'worker' ? audienceWindowPolicy(screen, renderer.isTrustedUrl, preloadPath)(url) : undefined,
  )
  await app.whenReady()
  denyAllPermissions(session.defaultSession)
  if (renderer.rendererDir) protocol.handle(APP_SCHEME, appRequestHandler(renderer.rendererDir))
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(app.getLocale())))
  opened = await openDatabaseOrRecover(join(app.getPath('userData'), 'outreach.sqlite'))
  if (!opened) {
    app.exit(1)
    return
  }
  const callers: IpcCallers = { isTrustedUrl: renderer.isTrustedUrl, roleOf: (sender) => roles.roleOf(sender) }
  registerIpcTransport(ipcMain, withKioskWindow(opened.handlers, kiosk), callers)
  registerPrintIpc({ ipcMain, dialog, windowOf: (contents) => BrowserWindow.fromWebContents(contents), callers, writeFile })
  // A kiosk still locked when the app last stopped (a refused quit, a crash, a power cut) comes back until the PIN is given.
  const lock = await opened.db.read(readKioskLock)
  createMainWindow()
  if (lock) kiosk.open(lock)
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow()
  })
}

function showStartupFailure(error: unknown): void {
  let locale = ''
  try {
    locale = app.getLocale()
  } catch {
    // Before ready on some systems; the message then falls back to Chinese.
  }
  const { title, message } = describeStartupFailure(locale, error)
  dialog.showErrorBox(title, message)
  app.exit(1)
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
app.on('will-quit', () => {
  void opened?.close()
})

// A second copy would open a second, unlocked worker window beside a running kiosk.
if (app.requestSingleInstanceLock()) {
  app.on('second-instance', () => {
    if (kiosk.isOpen() || !mainWindow || mainWindow.isDestroyed()) return
    mainWindow.show()
    mainWindow.focus()
  })
  start().catch(showStartupFailure)
} else {
  app.quit()
}
