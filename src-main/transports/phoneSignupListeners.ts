import { networkInterfaces } from 'node:os'
import { randomBytes } from 'node:crypto'
import type { ApiHandlers } from '../api/handlers/context'
import type { LanAddress, PhoneSignupControl, PhoneSignupOpening } from '../api/handlers/phoneSignupControl'
import { startPhoneListener, type PhoneListener } from './phoneListener'

export const DEFAULT_PHONE_SIGNUP_HOURS = 4

export interface PhoneSignupListenersOptions {
  /** `serve --lan-host`: the one address to offer (tests use a loopback address such as 127.0.0.2). */
  lanHost?: string
  hours?: number
  now?: () => Date
}

interface Opened extends PhoneSignupOpening {
  token: string
  listener: PhoneListener
  closed: boolean
  timer: NodeJS.Timeout
}

/** The laptop's IPv4 addresses on real networks; loopback only ever comes from --lan-host. */
function lanAddresses(): LanAddress[] {
  return Object.entries(networkInterfaces()).flatMap(([name, infos]) =>
    (infos ?? []).filter((info) => info.family === 'IPv4' && !info.internal).map((info) => ({ address: info.address, interface: name })),
  )
}

/**
 * One listener per session. A closed one keeps answering its link with the ended page (so a resident
 * who scans late is told kindly) until the session is opened again or the app stops.
 */
export class PhoneSignupListeners implements PhoneSignupControl {
  private readonly opened = new Map<string, Opened>()
  private handlers: ApiHandlers | undefined

  constructor(private readonly options: PhoneSignupListenersOptions = {}) {}

  /** The handlers exist only after this object is handed to them, so they are attached afterwards. */
  attach(handlers: ApiHandlers): void {
    this.handlers = handlers
  }

  networks(): LanAddress[] {
    return this.options.lanHost ? [{ address: this.options.lanHost, interface: 'lan-host' }] : lanAddresses()
  }

  private now(): Date {
    return this.options.now?.() ?? new Date()
  }

  private isOpen(entry: Opened): boolean {
    return !entry.closed && this.now().getTime() < entry.closesAt.getTime()
  }

  current(sessionId: string): PhoneSignupOpening | undefined {
    const entry = this.opened.get(sessionId)
    if (!entry || !this.isOpen(entry)) return undefined
    return { sessionId, url: entry.url, host: entry.host, port: entry.port, closesAt: entry.closesAt }
  }

  openSessions(): PhoneSignupOpening[] {
    return [...this.opened.keys()].flatMap((sessionId) => this.current(sessionId) ?? [])
  }

  admits(sessionId: string, token: string): boolean {
    const entry = this.opened.get(sessionId)
    return entry !== undefined && this.isOpen(entry) && entry.token === token
  }

  async open(sessionId: string, host: string): Promise<PhoneSignupOpening> {
    const existing = this.opened.get(sessionId)
    if (existing && this.isOpen(existing) && existing.host === host) return this.current(sessionId)!
    if (existing) await this.stop(sessionId)
    if (!this.handlers) throw new Error('PhoneSignupListeners used before attach()')
    const token = randomBytes(18).toString('base64url')
    const hours = this.options.hours ?? DEFAULT_PHONE_SIGNUP_HOURS
    const closesAt = new Date(this.now().getTime() + hours * 3_600_000)
    const entry = { sessionId, token, host, closesAt, closed: false } as Opened
    entry.listener = await startPhoneListener({ handlers: this.handlers, host, sessionId, token, isOpen: () => this.isOpen(entry) })
    entry.port = entry.listener.port
    entry.url = `http://${host}:${entry.port}/p/${token}`
    entry.timer = setTimeout(() => (entry.closed = true), closesAt.getTime() - this.now().getTime())
    entry.timer.unref()
    this.opened.set(sessionId, entry)
    return this.current(sessionId)!
  }

  async close(sessionId: string): Promise<void> {
    const entry = this.opened.get(sessionId)
    if (!entry) return
    entry.closed = true
    clearTimeout(entry.timer)
  }

  private async stop(sessionId: string): Promise<void> {
    const entry = this.opened.get(sessionId)
    if (!entry) return
    clearTimeout(entry.timer)
    this.opened.delete(sessionId)
    const closed = new Promise<void>((resolve) => entry.listener.server.close(() => resolve()))
    entry.listener.server.closeAllConnections()
    await closed
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.opened.keys()].map((sessionId) => this.stop(sessionId)))
  }
}
