import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core'
import { join, resolve } from 'node:path'

export const PROJECT_ROOT = resolve(__dirname, '../..')

/**
 * Launches the built app (out/) in Electron the way `npm start` does: Electron is given the project folder and
 * reads package.json, so the app has its real name. Playwright attaches through the inspector, which the fuses
 * switch off in the packaged app; that is why these tests drive the build, and the workflow checks the package apart.
 * The app's data goes into `configDir` (XDG_CONFIG_HOME on Linux, APPDATA on Windows), never a real worker's folder.
 */
export async function launchDesktopApp(configDir: string): Promise<{ app: ElectronApplication; mainWindow: Page }> {
  const executablePath = process.env.OUTREACH_ELECTRON_BINARY
  if (!executablePath) throw new Error('Run these through `npm run test:electron`, which finds the Electron binary.')
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined && name !== 'ELECTRON_RENDERER_URL') env[name] = value
  const app = await electron.launch({
    executablePath,
    args: [PROJECT_ROOT],
    cwd: PROJECT_ROOT,
    env: { ...env, XDG_CONFIG_HOME: configDir, APPDATA: configDir, LANG: 'zh_CN.UTF-8' },
  })
  const mainWindow = await app.firstWindow()
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.setContentSize(1366, 768))
  return { app, mainWindow }
}

/** Where the app keeps its database inside `configDir` (Electron's userData is named after package.json's productName). */
export function databaseFileIn(configDir: string): string {
  return join(configDir, 'Outreach Desk', 'outreach.sqlite')
}

/**
 * The kiosk opens either in the main window (today) or in a kiosk-mode window of its own: whichever appears first.
 */
export async function waitForKiosk(app: ElectronApplication, mainWindow: Page, start: () => Promise<void>): Promise<Page> {
  const ownWindow = app.waitForEvent('window', { timeout: 30_000 }).catch(() => undefined)
  const sameWindow = mainWindow
    .waitForSelector('[data-testid="kiosk-form"]', { timeout: 30_000 })
    .then(() => mainWindow)
    .catch(() => undefined)
  await start()
  const kiosk = await Promise.race([ownWindow, sameWindow])
  if (!kiosk) throw new Error('The kiosk appeared neither in the main window nor in a window of its own.')
  await kiosk.waitForSelector('[data-testid="kiosk-form"]')
  return kiosk
}
