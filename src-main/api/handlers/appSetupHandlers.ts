import { ApiError } from '../../contract/errors'
import type { AppSetup } from '../../contract/appSetup'
import { findAttendee } from '../../db/repositories/attendeesRepository'
import { sessionExists } from '../../db/repositories/sessionsRepository'
import { getAppSetup, listAppSetupOfSession, writeAppSetup } from '../../db/repositories/appSetupRepository'
import type { HandlerContext, HandlersFor } from './context'

type AppSetupMethods = 'people.appSetup.get' | 'people.appSetup.set' | 'attendance.appSetupList'

function marked(current: string | null, wanted: boolean | undefined, timestamp: string): string | null {
  if (wanted === undefined) return current
  return wanted ? (current ?? timestamp) : null
}

export function appSetupHandlers({ db, now }: HandlerContext): HandlersFor<AppSetupMethods> {
  return {
    'people.appSetup.get': ({ attendeeId }) =>
      db.read(async (reader) => {
        if (!(await findAttendee(reader, attendeeId))) throw new ApiError('not_found', 'attendee_not_found')
        return getAppSetup(reader, attendeeId)
      }),
    'people.appSetup.set': ({ attendeeId, regionChosen, callAlert, guardianLinked }) =>
      db.write(async (tx) => {
        if (!(await findAttendee(tx, attendeeId))) throw new ApiError('not_found', 'attendee_not_found')
        const timestamp = now().toISOString()
        const current = await getAppSetup(tx, attendeeId)
        const next: AppSetup = {
          attendeeId,
          regionChosenAt: marked(current.regionChosenAt, regionChosen, timestamp),
          callAlertAt: marked(current.callAlertAt, callAlert, timestamp),
          guardianLinkedAt: marked(current.guardianLinkedAt, guardianLinked, timestamp),
        }
        await writeAppSetup(tx, next, timestamp)
        return next
      }),
    'attendance.appSetupList': ({ sessionId }) =>
      db.read(async (reader) => {
        if (!(await sessionExists(reader, sessionId))) throw new ApiError('not_found', 'session_not_found')
        return { items: await listAppSetupOfSession(reader, sessionId) }
      }),
  }
}
