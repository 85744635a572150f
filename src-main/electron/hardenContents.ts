import type { App, BrowserWindowConstructorOptions, Session, WebContents } from 'electron'

/**
 * The page may never leave our renderer, open windows of its own (except those `windowFor` allows,
 * such as the audience screen from the worker's window), or be granted device permissions (camera, notifications, …).
 */
export function hardenAllContents(
  app: Pick<App, 'on'>,
  isTrustedUrl: (url: string) => boolean,
  windowFor: (url: string, opener: WebContents) => BrowserWindowConstructorOptions | undefined = () => undefined,
): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isTrustedUrl(url)) event.preventDefault()
    })
    contents.on('will-redirect', (event, url) => {
      if (!isTrustedUrl(url)) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(({ url }) => {
      const options = windowFor(url, contents)
      return options ? { action: 'allow', overrideBrowserWindowOptions: options } : { action: 'deny' }
    })
  })
}

export function denyAllPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
