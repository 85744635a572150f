import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session } from 'electron'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { OpenedApp } from '../app/openApp'
import { openDatabaseOrRecover } from './openDatabaseOrRecover'
import { registerIpcTransport } from '../transports/ipc'
import { registerPrintIpc } from './printIpc'
import { audienceWindowPolicy } from './audienceWindow'
import { denyAllPermissions, hardenAllContents } from './hardenContents'
import { menuTemplate } from './menu'
import { rendererLocation } from './rendererLocation'
import { mainWindowOptions } from './windowOptions'

const renderer = rendererLocation(process.env, __dirname)
let opened: OpenedApp | undefined

const preloadPath = join(__dirname, '../preload/index.js')

function createMainWindow(): BrowserWindow {
  // The web preferences come from secureWebPreferences() (isolated, sandboxed, no Node, no auxclick), which
  // electronegativity cannot follow into; tests/unit/electron/security.test.ts asserts them instead.
  const window = new BrowserWindow(mainWindowOptions(preloadPath)) /* eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK */
  window.once('ready-to-show', () => window.show())
  void window.loadURL(renderer.url)
  return window
}

async function start(): Promise<void> {
  hardenAllContents(app, renderer.isTrustedUrl, (url) => audienceWindowPolicy(screen, renderer.isTrustedUrl, preloadPath)(url))
  await app.whenReady()
  denyAllPermissions(session.defaultSession)
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(app.getLocale())))
  opened = await openDatabaseOrRecover(join(app.getPath('userData'), 'outreach.sqlite'))
  if (!opened) {
    app.exit(1)
    return
  }
  registerIpcTransport(ipcMain, opened.handlers, renderer.isTrustedUrl)
  registerPrintIpc({ ipcMain, dialog, windowOf: (contents) => BrowserWindow.fromWebContents(contents), isTrustedUrl: renderer.isTrustedUrl, writeFile })
  createMainWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow()
  })
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
app.on('will-quit', () => {
  void opened?.close()
})

void start()
