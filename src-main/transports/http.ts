import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { timingSafeEqual } from 'node:crypto'
import { dispatch, errorResponse, type ApiResponse } from '../api/dispatch'
import { describeContract } from '../api/describeContract'
import type { ApiHandlers } from '../api/handlers/context'
import { pickLocale } from '../contract/locale'
import type { ApiRole } from '../api/roles'
import { serveStatic } from './staticFiles'
import { CONTENT_SECURITY_POLICY } from '../security/contentSecurityPolicy'

export const MAX_BODY_BYTES = 16 * 1024 * 1024

export const API_TOKEN_HEADER = 'x-api-token'
export const API_TOKEN_META = 'outreach-api-token'

export interface HttpTransportOptions {
  handlers: ApiHandlers
  /** The worker's token: every /api request must carry a token in the x-api-token header; the served page gets this one inside its HTML. */
  token: string
  /** Other tokens and the role each grants (e.g. a resident's phone sign-up link); the worker's token is checked first. */
  roleOfToken?: (token: string) => ApiRole | undefined
  /** The built renderer; when absent only the API is served. */
  staticDir?: string
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'content-security-policy': CONTENT_SECURITY_POLICY,
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
  })
  response.end(text)
}

function sendApiResponse(response: ServerResponse, answer: ApiResponse): void {
  if (answer.ok) sendJson(response, 200, answer.result)
  else sendJson(response, answer.status, { error: answer.error })
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

class BodyTooLarge extends Error {}

async function readBody(request: IncomingMessage): Promise<string> {
  if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES) throw new BodyTooLarge()
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge()
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** Only our own loopback names: a page on another site cannot reach us through DNS rebinding. */
function isOwnHost(request: IncomingMessage, port: number): boolean {
  const allowed = [`127.0.0.1:${port}`, `localhost:${port}`]
  if (!allowed.includes(request.headers.host ?? '')) return false
  const origin = request.headers.origin
  return origin === undefined || allowed.some((host) => origin === `http://${host}`)
}

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** Who is calling, by the token they carry; no token or an unknown one is nobody. */
function callerRole(request: IncomingMessage, options: HttpTransportOptions): ApiRole | undefined {
  const given = request.headers[API_TOKEN_HEADER]
  if (typeof given !== 'string' || given === '') return undefined
  if (sameToken(given, options.token)) return 'worker'
  return options.roleOfToken?.(given)
}

async function sendIndexWithToken(response: ServerResponse, staticDir: string, token: string): Promise<boolean> {
  const html = await readFile(join(staticDir, 'index.html'), 'utf8').catch(() => undefined)
  if (html === undefined) return false
  const meta = `<meta name="${API_TOKEN_META}" content="${token}" />`
  const body = html.includes('</head>') ? html.replace('</head>', `${meta}\n  </head>`) : meta + html
  response.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
  response.end(body)
  return true
}

async function handleApiCall(request: IncomingMessage, response: ServerResponse, options: HttpTransportOptions, method: string, role: ApiRole): Promise<void> {
  const locale = pickLocale(request.headers['accept-language'])
  let body: string
  try {
    body = await readBody(request)
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      response.setHeader('connection', 'close')
      request.resume()
      return sendApiResponse(response, errorResponse('payload_too_large', locale))
    }
    throw error
  }
  let input: unknown = {}
  if (body.trim() !== '') {
    try {
      input = JSON.parse(body)
    } catch {
      return sendApiResponse(response, errorResponse('invalid_json', locale))
    }
  }
  sendApiResponse(response, await dispatch(options.handlers, method, input, locale, role))
}

async function route(request: IncomingMessage, response: ServerResponse, options: HttpTransportOptions, port: number): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1')
  const locale = pickLocale(request.headers['accept-language'])
  if (!isOwnHost(request, port)) return sendJson(response, 403, { error: { code: 'forbidden', message: 'Host or Origin not allowed' } })

  if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
    const role = callerRole(request, options)
    if (!role) return sendApiResponse(response, errorResponse('unauthorized', locale))
    if (url.pathname === '/api/health' && request.method === 'GET') {
      return sendApiResponse(response, await dispatch(options.handlers, 'system.health', {}, locale, role))
    }
    if (url.pathname === '/api' && request.method === 'GET') {
      return role === 'worker' ? sendJson(response, 200, describeContract()) : sendApiResponse(response, errorResponse('forbidden', locale))
    }
    if (request.method !== 'POST') return sendJson(response, 405, { error: { code: 'method_not_allowed', message: 'Use POST with a JSON body' } })
    return handleApiCall(request, response, options, safeDecode(url.pathname.slice('/api/'.length)), role)
  }
  if ((request.method === 'GET' || request.method === 'HEAD') && options.staticDir) {
    if ((url.pathname === '/' || url.pathname === '/index.html') && (await sendIndexWithToken(response, options.staticDir, options.token))) return
    if (await serveStatic(options.staticDir, url.pathname, response, SECURITY_HEADERS)) return
  }
  sendJson(response, 404, { error: { code: 'not_found', message: 'Not found' } })
}

/** Serves the API (and the built renderer) on 127.0.0.1 only. */
export async function startHttpTransport(options: HttpTransportOptions, port = 0): Promise<{ server: Server; port: number }> {
  const server = createServer()
  let boundPort = port
  server.on('request', (request, response) => {
    route(request, response, options, boundPort).catch((error: unknown) => {
      console.error('[http] request failed', error)
      if (!response.headersSent) sendJson(response, 500, { error: { code: 'internal', message: 'Internal error' } })
      else response.destroy()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  boundPort = (server.address() as AddressInfo).port
  return { server, port: boundPort }
}
