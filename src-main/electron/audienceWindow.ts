import type { BrowserWindowConstructorOptions, Display, Screen } from 'electron'
import { secureWebPreferences } from './windowOptions'

/** Only our own renderer's audience screen may open as a new window; every other window.open is denied. */
export function isAudienceUrl(url: string, isTrustedUrl: (url: string) => boolean): boolean {
  if (!isTrustedUrl(url)) return false
  try {
    return /^#\/audience\/[\w-]+$/.test(new URL(url).hash)
  } catch {
    return false
  }
}

/** The projector: any display that is not the laptop's own (primary) one. */
export function externalDisplay(screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'>): Display | undefined {
  const primary = screen.getPrimaryDisplay()
  return screen.getAllDisplays().find((display) => display.id !== primary.id)
}

export function audienceWindowOptions(preloadPath: string, projector: Display | undefined): BrowserWindowConstructorOptions {
  const placement = projector
    ? { x: projector.bounds.x, y: projector.bounds.y, width: projector.bounds.width, height: projector.bounds.height, fullscreen: true }
    : { width: 1280, height: 720 }
  return {
    ...placement,
    title: '反诈宣讲台 Outreach Desk',
    backgroundColor: '#000000',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preloadPath),
  }
}

/** For hardenAllContents: window options when `url` is the audience screen, otherwise nothing (denied). */
export function audienceWindowPolicy(
  screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'>,
  isTrustedUrl: (url: string) => boolean,
  preloadPath: string,
): (url: string) => BrowserWindowConstructorOptions | undefined {
  return (url) => (isAudienceUrl(url, isTrustedUrl) ? audienceWindowOptions(preloadPath, externalDisplay(screen)) : undefined)
}
