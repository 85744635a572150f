import { app, BrowserWindow, ipcMain, Menu, screen, session } from 'electron'
import { join } from 'node:path'
import type { OpenedApp } from '../app/openApp'
import { openDatabaseOrRecover } from './openDatabaseOrRecover'
import { registerIpcTransport } from '../transports/ipc'
import { audienceWindowPolicy } from './audienceWindow'
import { denyAllPermissions, hardenAllContents } from './hardenContents'
import { menuTemplate } from './menu'
import { rendererLocation } from './rendererLocation'
import { mainWindowOptions } from './windowOptions'

const renderer = rendererLocation(process.env, __dirname)
let opened: OpenedApp | undefined

const preloadPath = join(__dirname, '../preload/index.js')

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath))
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
