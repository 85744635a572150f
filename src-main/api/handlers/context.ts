import { randomUUID } from 'node:crypto'
import type { Database } from '../../db/database'
import type { ApiMethod, ApiOutput, ApiParsedInput } from '../../contract'
import type { PhoneSignupControl } from './phoneSignupControl'

export interface HandlerContext {
  db: Database
  now: () => Date
  newId: () => string
  /** The phone sign-up listeners; absent where no LAN listener may be started (unit tests that do not need one). */
  phoneSignups?: PhoneSignupControl
}

export function createHandlerContext(db: Database, overrides: Partial<Omit<HandlerContext, 'db'>> = {}): HandlerContext {
  return { db, now: () => new Date(), newId: randomUUID, ...overrides }
}

export type ApiHandler<M extends ApiMethod> = (input: ApiParsedInput<M>) => Promise<ApiOutput<M>>
export type ApiHandlers = { [M in ApiMethod]: ApiHandler<M> }
export type HandlersFor<M extends ApiMethod> = { [K in M]: ApiHandler<K> }
