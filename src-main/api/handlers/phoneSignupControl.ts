/** One session's phone sign-up as the worker sees it. */
export interface PhoneSignupOpening {
  sessionId: string
  url: string
  host: string
  port: number
  closesAt: Date
}

export interface LanAddress {
  address: string
  interface: string
}

/** What the handlers need of the phone sign-up listeners (implemented in transports/phoneSignupListeners.ts). */
export interface PhoneSignupControl {
  networks(): LanAddress[]
  /** Opens (or answers the one already open) on `host`, which the caller has checked is one of networks(). */
  open(sessionId: string, host: string): Promise<PhoneSignupOpening>
  close(sessionId: string): Promise<void>
  /** The open sign-up of a session, or nothing once closed or past its hours. */
  current(sessionId: string): PhoneSignupOpening | undefined
  /** Every session whose sign-up is open now. */
  openSessions(): PhoneSignupOpening[]
  /** Whether `token` is the secret of the session's open sign-up. */
  admits(sessionId: string, token: string): boolean
}
