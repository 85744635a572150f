import { readFile, stat } from 'node:fs/promises'
import { extname, normalize } from 'node:path'
import { CONTENT_SECURITY_POLICY } from '../security/contentSecurityPolicy'
import { MIME_TYPES, resolveInside } from '../transports/staticFiles'

/**
 * The built renderer is served from app://outreach/, not file://: the page gets a real origin of its own
 * (no other local file shares it), response headers (the CSP with frame-ancestors) and exact trust checks.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'outreach'
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/** standard: real origin and relative URLs; secure: a secure context like https; nothing more (no CORS, no service workers). */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, codeCache: true } as const

/** Exactly app://outreach, whatever the path: no other scheme, host, port or user part. */
export function isAppUrl(candidate: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(candidate)
  } catch {
    return false
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === ''
}

/** The file under `rendererDir` an app:// URL names, or undefined for another host or a path that climbs out. */
export function appFilePath(rendererDir: string, requestUrl: string): string | undefined {
  if (!isAppUrl(requestUrl)) return undefined
  const { pathname } = new URL(requestUrl)
  return resolveInside(normalize(rendererDir), pathname)
}

export function appResponseHeaders(filePath: string): Record<string, string> {
  return {
    'content-type': MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': filePath.endsWith('.html') ? 'no-store' : 'max-age=3600',
  }
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' } })
}

/** The protocol.handle handler for app://: files of the built renderer only, with their MIME type and the CSP. */
export function appRequestHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 })
    const file = appFilePath(rendererDir, request.url)
    if (!file) return notFound()
    const info = await stat(file).catch(() => undefined)
    if (!info?.isFile()) return notFound()
    const body = request.method === 'HEAD' ? null : await readFile(file)
    return new Response(body, { status: 200, headers: { ...appResponseHeaders(file), 'content-length': String(info.size) } })
  }
}
