import { ApiError } from '../../contract/errors'
import { sessionExists } from '../../db/repositories/sessionsRepository'
import { clearCheckInMadeAt, listRoster, readCheckInState, type CheckInState } from '../../db/repositories/attendanceRepository'
import { searchForCheckIn } from '../../db/repositories/checkInSearch'
import { checkInAtDesk } from '../../db/repositories/deskCheckIn'
import type { HandlerContext, HandlersFor } from './context'

const DEFAULT_SEARCH_LIMIT = 8

function requireSessionAndPerson(state: CheckInState): void {
  if (!state.sessionFound) throw new ApiError('not_found', 'session_not_found')
  if (!state.personFound) throw new ApiError('not_found', 'attendee_not_found')
}

export function attendanceHandlers({ db, now, newId }: HandlerContext): HandlersFor<'attendance.checkIn' | 'attendance.undoCheckIn' | 'attendance.list' | 'attendance.search'> {
  return {
    // The answer is sent only after the transaction committed under synchronous=FULL: an acknowledged
    // check-in is on disk.
    'attendance.checkIn': ({ sessionId, attendeeId }) =>
      db.write(async (tx) => {
        const outcome = await checkInAtDesk(tx, newId(), sessionId, attendeeId, now().toISOString())
        if (outcome) return outcome
        requireSessionAndPerson(await readCheckInState(tx, sessionId, attendeeId))
        throw new Error('check-in wrote nothing for a session and person that exist')
      }),
    // A desk names the check-in it made, so it can never take back one made at another desk.
    'attendance.undoCheckIn': ({ sessionId, attendeeId, checkedInAt }) =>
      db.write(async (tx) => {
        if ((await clearCheckInMadeAt(tx, sessionId, attendeeId, checkedInAt, now().toISOString())) === 1) return { checkedInAt: null }
        const state = await readCheckInState(tx, sessionId, attendeeId)
        requireSessionAndPerson(state)
        if (!state.registered) throw new ApiError('not_found', 'attendance_not_found')
        throw new ApiError('conflict', 'check_in_changed_elsewhere')
      }),
    'attendance.list': ({ sessionId }) =>
      db.read(async (reader) => {
        if (!(await sessionExists(reader, sessionId))) throw new ApiError('not_found', 'session_not_found')
        const items = await listRoster(reader, sessionId)
        return { items, registered: items.length, present: items.filter((entry) => entry.checkedInAt !== null).length }
      }),
    'attendance.search': ({ sessionId, query, limit }) =>
      db.read(async (reader) => {
        const items = await searchForCheckIn(reader, sessionId, query, limit ?? DEFAULT_SEARCH_LIMIT)
        if (!items) throw new ApiError('not_found', 'session_not_found')
        return { items }
      }),
  }
}
