import Module, { createRequire } from 'node:module'
import { resolve, sep } from 'node:path'
import type { OutreachBridge } from '../../src-main/contract/bridge'
import { fakeElectron, type FakeBrowserWindow, type FakeElectronOptions, type FakeWebContents } from './fakeElectron'

type ModuleLoad = (request: string, parent: unknown, isMain: boolean) => unknown
const moduleInternals = Module as unknown as { _load: ModuleLoad }
const nodeRequire = createRequire(import.meta.url)

export interface BuiltShell {
  fake: ReturnType<typeof fakeElectron>
  preloadFile: string
  /** The preload, loaded afresh as the page in `contents` gets it; returns what it exposed as window.outreach. */
  bridgeFor(contents: FakeWebContents): OutreachBridge
  /** Lets the app quit the way Electron does at the end (will-quit), then forgets the bundle. */
  unload(): Promise<void>
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((done) => setTimeout(done, 20))
  }
}

function forgetBundle(outDir: string): void {
  for (const file of Object.keys(nodeRequire.cache)) {
    if (file.startsWith(outDir + sep)) delete nodeRequire.cache[file]
  }
}

/**
 * Runs the BUILT main bundle and preload (`<outDir>/main/index.js`, `<outDir>/preload/index.js`) under Node,
 * with `electron` replaced by a recording stand-in, until main has opened its first window.
 */
export async function loadBuiltShell(outDir: string, userDataDir: string, options: FakeElectronOptions = {}): Promise<BuiltShell> {
  const root = resolve(outDir)
  const fake = fakeElectron(userDataDir, options)
  const preloadFile = resolve(root, 'preload/index.js')
  let electronForNextLoad: Record<string, unknown> = fake.module
  const originalLoad = moduleInternals._load
  moduleInternals._load = function (this: unknown, request, parent, isMain) {
    if (request === 'electron') return electronForNextLoad
    return originalLoad.call(this, request, parent, isMain)
  }
  const restore = () => {
    moduleInternals._load = originalLoad
  }

  try {
    forgetBundle(root)
    nodeRequire(resolve(root, 'main/index.js'))
    fake.markReady()
    await waitFor(() => fake.windows.some((window: FakeBrowserWindow) => window.loadedUrls.length > 0) || fake.app.exitCode !== undefined, 'the first window')
  } catch (error) {
    restore()
    throw error
  }

  return {
    fake,
    preloadFile,
    bridgeFor(contents) {
      const exposed: Record<string, unknown> = {}
      electronForNextLoad = fake.preloadModuleFor(contents, exposed)
      try {
        delete nodeRequire.cache[preloadFile]
        nodeRequire(preloadFile)
      } finally {
        electronForNextLoad = fake.module
        fake.endPreload()
      }
      return exposed.outreach as OutreachBridge
    },
    async unload() {
      try {
        fake.app.emit('will-quit', { preventDefault: () => undefined })
        // The database closes asynchronously after will-quit; give its queue a moment to finish.
        await new Promise((done) => setTimeout(done, 300))
      } finally {
        forgetBundle(root)
        restore()
      }
    },
  }
}
