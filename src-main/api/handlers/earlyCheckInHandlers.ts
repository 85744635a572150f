import { ApiError } from '../../contract/errors'
import type { Session } from '../../contract/sessions'
import type { SqliteConnection } from '../../db/sqliteConnection'
import { findSession } from '../../db/repositories/sessionsRepository'
import { clearEarlyCheckIns, countEarlyCheckIns } from '../../db/repositories/earlyCheckInsRepository'
import { sessionDayStart } from '../../contract/sessionDay'
import type { HandlerContext, HandlersFor } from './context'

async function requireSession(db: SqliteConnection, sessionId: string): Promise<Session> {
  const session = await findSession(db, sessionId)
  if (!session) throw new ApiError('not_found', 'session_not_found')
  return session
}

/** Clean-up for check-ins recorded before the session's day (once the sign-up form's default): people who arrive early on the day are real. */
export function earlyCheckInHandlers({ db, now }: HandlerContext): HandlersFor<'attendance.earlyCheckIns' | 'attendance.undoEarlyCheckIns'> {
  return {
    'attendance.earlyCheckIns': ({ sessionId }) =>
      db.read(async (reader) => {
        const session = await requireSession(reader, sessionId)
        return { count: await countEarlyCheckIns(reader, sessionId, sessionDayStart(session.startsAt)) }
      }),
    // The count the worker confirmed must still be the count, so a stale screen never undoes more than it said.
    'attendance.undoEarlyCheckIns': ({ sessionId, expectedCount }) =>
      db.write(async (tx) => {
        const session = await requireSession(tx, sessionId)
        const dayStart = sessionDayStart(session.startsAt)
        const count = await countEarlyCheckIns(tx, sessionId, dayStart)
        if (count !== expectedCount) throw new ApiError('conflict', 'early_checkins_changed', { count })
        return { undone: await clearEarlyCheckIns(tx, sessionId, dayStart, now().toISOString()) }
      }),
  }
}
