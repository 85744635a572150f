import { join } from 'node:path'
import { APP_INDEX_URL, isAppUrl } from './appScheme'

export interface RendererLocation {
  url: string
  isTrustedUrl: (url: string) => boolean
  /** The built renderer's folder, served over app://; absent with the dev server. */
  rendererDir?: string
}

/** Where the renderer comes from: the dev server in `npm run dev`, the built files over app:// otherwise. */
export function rendererLocation(env: NodeJS.ProcessEnv, mainDir: string): RendererLocation {
  const devServer = env.ELECTRON_RENDERER_URL
  if (!devServer) return { url: APP_INDEX_URL, isTrustedUrl: isAppUrl, rendererDir: join(mainDir, '../renderer') }
  const base = new URL(devServer)
  return {
    url: devServer,
    isTrustedUrl(candidate) {
      try {
        return new URL(candidate).origin === base.origin
      } catch {
        return false
      }
    },
  }
}
