import type { BrowserWindowConstructorOptions } from 'electron'

/** Every window the app opens uses these web preferences: isolated, sandboxed, no Node in the page. */
export function secureWebPreferences(preloadPath: string): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    disableBlinkFeatures: 'Auxclick',
  }
}

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: '反诈宣讲台 Outreach Desk',
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preloadPath),
  }
}

/** The resident's kiosk: full screen in kiosk mode, no menu, no dev tools, not minimisable or closable by its frame. */
export function kioskWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    kiosk: true,
    fullscreen: true,
    show: false,
    autoHideMenuBar: true,
    minimizable: false,
    closable: false,
    title: '反诈宣讲台 Outreach Desk',
    backgroundColor: '#ffffff',
    webPreferences: { ...secureWebPreferences(preloadPath), devTools: false },
  }
}
