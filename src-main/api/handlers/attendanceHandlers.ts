import { ApiError } from '../../contract/errors'
import { sessionExists } from '../../db/repositories/sessionsRepository'
import { clearCheckInMadeAt, listRoster, readCheckInState, searchPeople, type CheckInState } from '../../db/repositories/attendanceRepository'
import { checkInAsOneStatement } from '../../db/repositories/deskCheckIn'
import type { SqliteConnection } from '../../db/sqliteConnection'
import type { HandlerContext, HandlersFor } from './context'

const DEFAULT_SEARCH_LIMIT = 8

function requireSessionAndPerson(state: CheckInState): void {
  if (!state.sessionFound) throw new ApiError('not_found', 'session_not_found')
  if (!state.personFound) throw new ApiError('not_found', 'attendee_not_found')
}

/** Why a check-in changed nothing: an unknown session or person, or a check-in already standing. */
async function standingCheckIn(connection: SqliteConnection, sessionId: string, attendeeId: string): Promise<{ checkedInAt: string | null }> {
  const state = await readCheckInState(connection, sessionId, attendeeId)
  requireSessionAndPerson(state)
  return { checkedInAt: state.checkedInAt }
}

export function attendanceHandlers({ db, now, newId }: HandlerContext): HandlersFor<'attendance.checkIn' | 'attendance.undoCheckIn' | 'attendance.list' | 'attendance.search'> {
  return {
    // The answer is sent only after the statement committed under synchronous=FULL: an acknowledged
    // check-in is on disk. alreadyCheckedIn is true only when that statement refused because a
    // check-in stood; the time shown is then read right after, in the same turn of the write queue.
    'attendance.checkIn': ({ sessionId, attendeeId }) =>
      db.writeOneStatement(async (connection) => {
        // A second try covers another program undoing the check-in between the refusal and the read.
        for (let attempt = 0; attempt < 2; attempt++) {
          const timestamp = now().toISOString()
          if (await checkInAsOneStatement(connection, newId(), sessionId, attendeeId, 'walkin', timestamp)) return { checkedInAt: timestamp, alreadyCheckedIn: false }
          const { checkedInAt } = await standingCheckIn(connection, sessionId, attendeeId)
          if (checkedInAt !== null) return { checkedInAt, alreadyCheckedIn: true }
        }
        throw new ApiError('conflict', 'conflict')
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
        if (!(await sessionExists(reader, sessionId))) throw new ApiError('not_found', 'session_not_found')
        return { items: await searchPeople(reader, sessionId, query, limit ?? DEFAULT_SEARCH_LIMIT) }
      }),
  }
}
