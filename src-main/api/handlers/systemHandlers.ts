import type { HandlerContext, HandlersFor } from './context'

export function systemHandlers({ db }: HandlerContext): HandlersFor<'system.health'> {
  return {
    'system.health': async () => ({ ok: true as const, schemaVersion: db.schemaVersion }),
  }
}
