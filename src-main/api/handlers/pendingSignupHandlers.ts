import { ApiError } from '../../contract/errors'
import { sessionExists } from '../../db/repositories/sessionsRepository'
import { listPendingSignups } from '../../db/repositories/pendingSignupsRepository'
import { resolvePendingSignup } from '../../services/resolvePendingSignup'
import type { HandlerContext, HandlersFor } from './context'

export function pendingSignupHandlers({ db, now, newId }: HandlerContext): HandlersFor<'signups.pendingList' | 'signups.resolvePending'> {
  return {
    'signups.pendingList': ({ sessionId }) =>
      db.read(async (reader) => {
        if (!(await sessionExists(reader, sessionId))) throw new ApiError('not_found', 'session_not_found')
        return { items: await listPendingSignups(reader, sessionId) }
      }),
    'signups.resolvePending': (input) => db.write((tx) => resolvePendingSignup(tx, { timestamp: now().toISOString(), newId }, input)),
  }
}
