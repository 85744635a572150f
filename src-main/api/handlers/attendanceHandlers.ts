import { ApiError } from '../../contract/errors'
import { sessionExists } from '../../db/repositories/sessionsRepository'
import { findAttendee, touchAttendee } from '../../db/repositories/attendeesRepository'
import { clearCheckIn, ensureRegistered, listRoster, markCheckedIn, searchPeople } from '../../db/repositories/attendanceRepository'
import type { SqliteConnection } from '../../db/sqliteConnection'
import type { HandlerContext, HandlersFor } from './context'

const DEFAULT_SEARCH_LIMIT = 8

async function requireSessionAndPerson(db: SqliteConnection, sessionId: string, attendeeId: string): Promise<void> {
  if (!(await sessionExists(db, sessionId))) throw new ApiError('not_found', 'session_not_found')
  if (!(await findAttendee(db, attendeeId))) throw new ApiError('not_found', 'attendee_not_found')
}

export function attendanceHandlers({ db, now, newId }: HandlerContext): HandlersFor<'attendance.checkIn' | 'attendance.undoCheckIn' | 'attendance.list' | 'attendance.search'> {
  return {
    // The answer is sent only after COMMIT returned under synchronous=FULL: an acknowledged check-in is on disk.
    'attendance.checkIn': ({ sessionId, attendeeId }) =>
      db.write(async (tx) => {
        await requireSessionAndPerson(tx, sessionId, attendeeId)
        const timestamp = now().toISOString()
        const attendance = await ensureRegistered(tx, newId(), sessionId, attendeeId, 'walkin', timestamp)
        await touchAttendee(tx, attendeeId, timestamp)
        return { checkedInAt: await markCheckedIn(tx, attendance.id, timestamp) }
      }),
    'attendance.undoCheckIn': ({ sessionId, attendeeId }) =>
      db.write(async (tx) => {
        await requireSessionAndPerson(tx, sessionId, attendeeId)
        const changed = await clearCheckIn(tx, sessionId, attendeeId, now().toISOString())
        if (changed === 0) throw new ApiError('not_found', 'attendance_not_found')
        return { checkedInAt: null }
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
