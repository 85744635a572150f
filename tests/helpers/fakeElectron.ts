import { EventEmitter } from 'node:events'

/**
 * A recording stand-in for the `electron` module, enough for the built main bundle and preload to run
 * under Node: windows, IPC, the custom protocol and dialogs are recorded instead of shown.
 */

export interface PreventableEvent {
  defaultPrevented: boolean
  preventDefault: () => void
}

export function preventableEvent(): PreventableEvent {
  const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) }
  return event
}

type IpcHandler = (event: unknown, ...args: unknown[]) => unknown
type RendererListener = (event: unknown, ...args: unknown[]) => void

let nextContentsId = 1

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++
  url = ''
  readonly sent: Array<{ channel: string; args: unknown[] }> = []
  readonly rendererListeners = new Map<string, RendererListener[]>()
  openHandler: ((details: { url: string }) => unknown) | undefined
  destroyed = false
  readonly session = { setPermissionRequestHandler: () => undefined, setPermissionCheckHandler: () => undefined }

  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.openHandler = handler
  }
  getURL(): string {
    return this.url
  }
  get mainFrame(): { url: string } {
    return { url: this.url }
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args })
    for (const listener of this.rendererListeners.get(channel) ?? []) listener({}, ...args)
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  print(_options: unknown, callback: (success: boolean, reason: string) => void): void {
    callback(false, 'cancelled')
  }
  async printToPDF(): Promise<Buffer> {
    return Buffer.from('%PDF-1.4')
  }
}

type WindowOptions = Record<string, unknown> & { webPreferences?: Record<string, unknown> }
interface ShellState {
  app: EventEmitter
  windows: FakeBrowserWindow[]
}

export class FakeBrowserWindow extends EventEmitter {
  readonly webContents = new FakeWebContents()
  readonly loadedUrls: string[] = []
  visible = false
  destroyed = false
  menuRemoved = false

  constructor(
    readonly options: WindowOptions,
    private readonly shell: ShellState,
  ) {
    super()
    shell.windows.push(this)
    shell.app.emit('web-contents-created', {}, this.webContents)
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url)
    this.webContents.url = url
    setImmediate(() => this.emit('ready-to-show'))
  }
  show(): void {
    this.visible = true
  }
  hide(): void {
    this.visible = false
  }
  focus(): void {}
  isVisible(): boolean {
    return this.visible
  }
  removeMenu(): void {
    this.menuRemoved = true
  }
  setMenu(menu: unknown): void {
    if (menu === null) this.menuRemoved = true
  }
  setClosable(): void {}
  isDestroyed(): boolean {
    return this.destroyed
  }
  /** What the title bar's close button, Alt+F4 or the OS does: a 'close' the app may prevent. */
  close(): void {
    const event = preventableEvent()
    this.emit('close', event)
    if (!event.defaultPrevented) this.destroy()
  }
  destroy(): void {
    if (this.destroyed) return
    this.destroyed = true
    this.webContents.destroyed = true
    this.webContents.emit('destroyed')
    this.emit('closed')
    if (this.shell.windows.every((window) => window.destroyed)) this.shell.app.emit('window-all-closed')
  }
}

/** IPC carries only what structured clone can; the stand-in passes values the same way. */
function overIpc<T>(value: T): T {
  return value === undefined ? value : structuredClone(value)
}

export interface FakeElectronOptions {
  locale?: string
  /** Makes Menu.setApplicationMenu throw, standing for any failure inside main's start(). */
  failToSetMenu?: Error
  /** The button the worker picks in every message box (default 1: the second, e.g. Quit). */
  messageBoxResponse?: number
}

export function fakeElectron(userDataDir: string, { locale = 'zh-CN', failToSetMenu, messageBoxResponse = 1 }: FakeElectronOptions = {}) {
  const app = Object.assign(new EventEmitter(), { ready: false, exitCode: undefined as number | undefined, quit: () => undefined as void })
  const windows: FakeBrowserWindow[] = []
  const ipcHandlers = new Map<string, IpcHandler>()
  const privilegedSchemes: Array<{ schemes: unknown; beforeReady: boolean }> = []
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response> | Response>()
  const errorBoxes: Array<{ title: string; content: string }> = []
  let readyResolve: () => void = () => undefined
  const readyPromise = new Promise<void>((resolve) => (readyResolve = resolve))
  let currentRenderer: { contents: FakeWebContents; exposed: Record<string, unknown> } | undefined

  Object.assign(app, {
    whenReady: () => readyPromise,
    isReady: () => app.ready,
    getPath: () => userDataDir,
    getLocale: () => locale,
    getName: () => 'outreach-desk',
    exit: (code = 0) => {
      app.exitCode = code
    },
    quit: () => {
      const event = preventableEvent()
      app.emit('before-quit', event)
      if (!event.defaultPrevented) app.emit('will-quit', preventableEvent())
    },
    requestSingleInstanceLock: () => true,
    focus: () => undefined,
  })

  class BrowserWindow extends FakeBrowserWindow {
    constructor(options: WindowOptions) {
      super(options, shell)
    }
    static getAllWindows(): FakeBrowserWindow[] {
      return windows.filter((window) => !window.destroyed)
    }
    static fromWebContents(contents: FakeWebContents): FakeBrowserWindow | null {
      return windows.find((window) => window.webContents === contents) ?? null
    }
  }
  const shell = { app, windows }

  const electronModule: Record<string, unknown> = {
    app,
    BrowserWindow,
    ipcMain: {
      handle(channel: string, handler: IpcHandler) {
        if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
        ipcHandlers.set(channel, handler)
      },
      on: () => undefined,
    },
    protocol: {
      registerSchemesAsPrivileged(schemes: unknown) {
        privilegedSchemes.push({ schemes, beforeReady: !app.ready })
      },
      handle(scheme: string, handler: (request: Request) => Promise<Response> | Response) {
        protocolHandlers.set(scheme, handler)
      },
    },
    session: { defaultSession: { setPermissionRequestHandler: () => undefined, setPermissionCheckHandler: () => undefined } },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 } }),
      getAllDisplays: () => [{ id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 } }],
    },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: () => {
        if (failToSetMenu) throw failToSetMenu
      },
    },
    dialog: {
      showErrorBox(title: string, content: string) {
        errorBoxes.push({ title, content })
      },
      showMessageBox: async () => ({ response: messageBoxResponse }),
      showSaveDialog: async () => ({ canceled: true }),
    },
    contextBridge: {
      exposeInMainWorld(key: string, api: unknown) {
        if (!currentRenderer) throw new Error('contextBridge used outside a preload')
        currentRenderer.exposed[key] = api
      },
    },
    ipcRenderer: {
      invoke(channel: string, ...args: unknown[]) {
        throw new Error(`ipcRenderer.invoke(${channel}) used outside a preload: ${args.length}`)
      },
    },
  }

  function rendererFor(contents: FakeWebContents): Record<string, unknown> {
    return {
      async invoke(channel: string, ...args: unknown[]) {
        const handler = ipcHandlers.get(channel)
        if (!handler) throw new Error(`Error invoking remote method '${channel}': No handler registered for '${channel}'`)
        const event = { sender: contents, senderFrame: { url: contents.url }, frameId: 1, processId: 1 }
        return overIpc(await handler(event, ...args.map(overIpc)))
      },
      on(channel: string, listener: RendererListener) {
        contents.rendererListeners.set(channel, [...(contents.rendererListeners.get(channel) ?? []), listener])
      },
    }
  }

  return {
    BrowserWindow,
    module: electronModule,
    app,
    windows,
    ipcHandlers,
    privilegedSchemes,
    protocolHandlers,
    errorBoxes,
    markReady() {
      app.ready = true
      readyResolve()
    },
    /** The module the preload sees: the shared one, with this page's end of IPC and context bridge. */
    preloadModuleFor(contents: FakeWebContents, exposed: Record<string, unknown>): Record<string, unknown> {
      currentRenderer = { contents, exposed }
      return { ...electronModule, ipcRenderer: rendererFor(contents) }
    },
    endPreload() {
      currentRenderer = undefined
    },
  }
}
