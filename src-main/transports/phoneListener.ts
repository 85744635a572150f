import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { randomBytes } from 'node:crypto'
import { dispatch, errorResponse, type ApiResponse } from '../api/dispatch'
import type { ApiHandlers } from '../api/handlers/context'
import { translate } from '../api/messages'
import { pickLocale, type ApiLocale } from '../contract/locale'
import { PerMinuteLimit } from './rateLimit'
import { renderEndedPage, renderPhonePage } from './phonePage'

/** A sign-up is a few short fields; anything bigger is not one. */
export const PHONE_MAX_BODY_BYTES = 4 * 1024
export const SIGNUPS_PER_ADDRESS_PER_MINUTE = 10
export const SIGNUPS_PER_MINUTE = 120
/** A phone answers a few questions a round; more than this from one address is not a person tapping. */
export const ANSWERS_PER_ADDRESS_PER_MINUTE = 30

export interface PhoneListenerOptions {
  handlers: ApiHandlers
  host: string
  sessionId: string
  token: string
  /** Whether sign-up is still open; once not, the link answers the ended page and accepts nothing. */
  isOpen: () => boolean
}

export interface PhoneListener {
  server: Server
  port: number
}

const BASE_HEADERS = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'cache-control': 'no-store', 'x-frame-options': 'DENY' }

function send(response: ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}): void {
  response.writeHead(status, { ...BASE_HEADERS, ...extra, 'content-type': `${type}; charset=utf-8`, 'content-length': String(Buffer.byteLength(body)) })
  response.end(body)
}

function sendAnswer(response: ServerResponse, answer: ApiResponse): void {
  send(response, answer.ok ? 200 : answer.status, 'application/json', JSON.stringify(answer.ok ? answer.result : { error: answer.error }))
}

function pageLocale(request: IncomingMessage, url: URL): ApiLocale {
  const chosen = url.searchParams.get('lang')
  if (chosen === 'en' || chosen === 'zh-CN') return chosen
  return chosen === null && pickLocale(request.headers['accept-language']) === 'en' ? 'en' : 'zh-CN'
}

function pageSecurityPolicy(nonce: string): string {
  return `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; connect-src 'self'; img-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'`
}

class BodyTooLarge extends Error {}

const closedAnswer = (locale: ApiLocale) => JSON.stringify({ error: { code: 'forbidden', message: translate(locale, 'phone_signup_closed') } })

async function readSmallBody(request: IncomingMessage): Promise<string> {
  if (Number(request.headers['content-length'] ?? 0) > PHONE_MAX_BODY_BYTES) throw new BodyTooLarge()
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > PHONE_MAX_BODY_BYTES) throw new BodyTooLarge()
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** The body's JSON object, or nothing once an error has been answered. */
async function readJsonFields(request: IncomingMessage, response: ServerResponse, locale: ApiLocale): Promise<object | undefined> {
  let input: unknown
  try {
    input = JSON.parse(await readSmallBody(request))
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      response.setHeader('connection', 'close')
      request.resume()
      sendAnswer(response, errorResponse('payload_too_large', locale))
    } else sendAnswer(response, errorResponse('invalid_json', locale))
    return undefined
  }
  return typeof input === 'object' && input !== null && !Array.isArray(input) ? input : {}
}

async function sendPage(request: IncomingMessage, response: ServerResponse, options: PhoneListenerOptions, url: URL): Promise<void> {
  const locale = pageLocale(request, url)
  const nonce = randomBytes(16).toString('base64')
  const headers = { 'content-security-policy': pageSecurityPolicy(nonce) }
  if (!options.isOpen()) return send(response, 410, 'text/html', renderEndedPage(locale, nonce), headers)
  const info = await dispatch(options.handlers, 'kiosk.sessionInfo', { sessionId: options.sessionId }, locale, 'phone')
  if (!info.ok) return send(response, 410, 'text/html', renderEndedPage(locale, nonce), headers)
  const session = info.result as { title: string; checkInToday: boolean }
  send(response, 200, 'text/html', renderPhonePage({ locale, nonce, title: session.title, checkInToday: session.checkInToday }), headers)
}

async function acceptSignUp(request: IncomingMessage, response: ServerResponse, options: PhoneListenerOptions, limits: Limits): Promise<void> {
  const locale = pickLocale(request.headers['accept-language'])
  if (!options.isOpen()) return send(response, 410, 'application/json', closedAnswer(locale))
  if (!limits.perAddress.allow(request.socket.remoteAddress ?? '') || !limits.overall.allow('all')) {
    return send(response, 429, 'application/json', JSON.stringify({ error: { code: 'rate_limited', message: translate(locale, 'phone_signup_rate_limited') } }), {
      'retry-after': '60',
    })
  }
  const fields = await readJsonFields(request, response, locale)
  if (!fields) return
  sendAnswer(response, await dispatch(options.handlers, 'phoneSignup.signUp', { ...fields, sessionId: options.sessionId, token: options.token }, locale, 'phone'))
}

interface Limits {
  perAddress: PerMinuteLimit
  overall: PerMinuteLimit
  answersPerAddress: PerMinuteLimit
}

async function sendQuiz(request: IncomingMessage, response: ServerResponse, options: PhoneListenerOptions, url: URL): Promise<void> {
  const language = pageLocale(request, url)
  if (!options.isOpen()) return send(response, 410, 'application/json', closedAnswer(language))
  sendAnswer(response, await dispatch(options.handlers, 'phoneQuiz.current', { sessionId: options.sessionId, token: options.token, language }, language, 'phone'))
}

async function acceptAnswer(request: IncomingMessage, response: ServerResponse, options: PhoneListenerOptions, limits: Limits): Promise<void> {
  const locale = pickLocale(request.headers['accept-language'])
  if (!options.isOpen()) return send(response, 410, 'application/json', closedAnswer(locale))
  if (!limits.answersPerAddress.allow(request.socket.remoteAddress ?? '')) {
    return send(response, 429, 'application/json', JSON.stringify({ error: { code: 'rate_limited', message: translate(locale, 'phone_signup_rate_limited') } }), {
      'retry-after': '60',
    })
  }
  const fields = await readJsonFields(request, response, locale)
  if (!fields) return
  sendAnswer(response, await dispatch(options.handlers, 'phoneQuiz.answer', { ...fields, sessionId: options.sessionId, token: options.token }, locale, 'phone'))
}

async function route(request: IncomingMessage, response: ServerResponse, options: PhoneListenerOptions, port: number, limits: Limits): Promise<void> {
  // Only the address printed in the QR code: another name pointing here (DNS rebinding) is refused.
  if (request.headers.host !== `${options.host}:${port}`) return send(response, 403, 'text/plain', 'Forbidden')
  const url = new URL(request.url ?? '/', `http://${options.host}:${port}`)
  const pagePath = `/p/${options.token}`
  if (url.pathname === pagePath && (request.method === 'GET' || request.method === 'HEAD')) return sendPage(request, response, options, url)
  if (url.pathname === `${pagePath}/quiz` && request.method === 'GET') return sendQuiz(request, response, options, url)
  const posts = { [`${pagePath}/signup`]: acceptSignUp, [`${pagePath}/answer`]: acceptAnswer }
  const accept = request.method === 'POST' ? posts[url.pathname] : undefined
  if (accept) {
    const origin = request.headers.origin
    if (origin !== undefined && origin !== `http://${options.host}:${port}`) return send(response, 403, 'text/plain', 'Forbidden')
    return accept(request, response, options, limits)
  }
  send(response, 404, 'text/plain', 'Not found')
}

/** A listener on one LAN address for one session's phone page and its sign-up POST, and nothing else. */
export async function startPhoneListener(options: PhoneListenerOptions): Promise<PhoneListener> {
  const server = createServer({ requestTimeout: 30_000, headersTimeout: 10_000 })
  const limits = {
    perAddress: new PerMinuteLimit(SIGNUPS_PER_ADDRESS_PER_MINUTE),
    overall: new PerMinuteLimit(SIGNUPS_PER_MINUTE),
    answersPerAddress: new PerMinuteLimit(ANSWERS_PER_ADDRESS_PER_MINUTE),
  }
  let port = 0
  server.on('request', (request, response) => {
    route(request, response, options, port, limits).catch(() => {
      // The request body may hold a phone number, so only the fact is logged.
      console.error('[phone] request failed')
      if (!response.headersSent) send(response, 500, 'text/plain', 'Internal error')
      else response.destroy()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, options.host, () => resolve())
  })
  port = (server.address() as AddressInfo).port
  return { server, port }
}
