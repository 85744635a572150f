import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/** Where the renderer comes from: the dev server in `npm run dev`, the built file otherwise. */
export function rendererLocation(env: NodeJS.ProcessEnv, mainDir: string): { url: string; isTrustedUrl: (url: string) => boolean } {
  const devServer = env.ELECTRON_RENDERER_URL
  const url = devServer ?? pathToFileURL(join(mainDir, '../renderer/index.html')).href
  const base = new URL(url)
  return {
    url,
    isTrustedUrl(candidate) {
      let parsed: URL
      try {
        parsed = new URL(candidate)
      } catch {
        return false
      }
      if (devServer) return parsed.origin === base.origin
      return parsed.protocol === 'file:' && parsed.pathname === base.pathname
    },
  }
}
