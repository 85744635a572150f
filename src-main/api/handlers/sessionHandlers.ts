import { ApiError } from '../../contract/errors'
import { countAttendance, deleteSession, findSession, insertSession, listSessions, updateSession, type SessionRecord } from '../../db/repositories/sessionsRepository'
import { isSessionInFuture } from '../../contract/sessionDay'
import type { HandlerContext, HandlersFor } from './context'

function refuseHeldBeforeItsDay(status: string | undefined, startsAt: string, now: Date, confirmFuture: boolean | undefined): void {
  if (status === 'held' && !confirmFuture && isSessionInFuture(startsAt, now)) {
    throw new ApiError('invalid_input', 'held_future_needs_confirm', {}, { status: 'held_future_needs_confirm_field' })
  }
}

export function sessionHandlers({
  db,
  now,
  newId,
  phoneSignups,
}: HandlerContext): HandlersFor<'sessions.create' | 'sessions.list' | 'sessions.get' | 'sessions.update' | 'sessions.delete'> {
  return {
    'sessions.create': async ({ confirmFuture, ...input }) => {
      refuseHeldBeforeItsDay(input.status, input.startsAt, now(), confirmFuture)
      const timestamp = now().toISOString()
      const id = newId()
      await db.write((tx) =>
        insertSession(tx, {
          id,
          title: input.title,
          startsAt: input.startsAt,
          durationMinutes: input.durationMinutes ?? null,
          place: input.place,
          community: input.community ?? '',
          neighbourhood: input.neighbourhood ?? '',
          building: input.building ?? '',
          presenters: input.presenters ?? '',
          audience: input.audience ?? 'general',
          status: input.status ?? 'planned',
          activityType: input.activityType ?? 'talk',
          notes: input.notes ?? '',
          createdAt: timestamp,
          updatedAt: timestamp,
        }),
      )
      const created = await db.read((reader) => findSession(reader, id))
      if (!created) throw new ApiError('not_found', 'session_not_found')
      return created
    },
    'sessions.list': async (filters) => ({ items: await db.read((reader) => listSessions(reader, filters)) }),
    'sessions.get': async ({ id }) => {
      const session = await db.read((reader) => findSession(reader, id))
      if (!session) throw new ApiError('not_found', 'session_not_found')
      return session
    },
    'sessions.update': async ({ id, confirmFuture, ...changes }) => {
      await db.write(async (tx) => {
        const existing = await findSession(tx, id)
        if (!existing) throw new ApiError('not_found', 'session_not_found')
        const { registered: _registered, present: _present, ...record } = existing
        const changed = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined))
        const next: SessionRecord = { ...record, ...changed, updatedAt: now().toISOString() }
        // Only a change that makes it held-before-its-day asks; editing a session already confirmed as held does not.
        if (existing.status !== 'held' || next.startsAt !== existing.startsAt) refuseHeldBeforeItsDay(next.status, next.startsAt, now(), confirmFuture)
        await updateSession(tx, next)
      })
      const updated = await db.read((reader) => findSession(reader, id))
      if (!updated) throw new ApiError('not_found', 'session_not_found')
      // A talk that is over takes no more phone sign-ups: its link says 签到已结束 from this moment.
      if (updated.status === 'held' || updated.status === 'cancelled') await phoneSignups?.close(id)
      return updated
    },
    // The count the worker was shown must match what would go, so a stale screen never deletes more than it said.
    'sessions.delete': async ({ id, confirmAttendanceCount }) => {
      const deleted = await db.write(async (tx) => {
        const existing = await findSession(tx, id)
        if (!existing) throw new ApiError('not_found', 'session_not_found')
        const attendanceRemoved = await countAttendance(tx, id)
        if (attendanceRemoved > 0 && confirmAttendanceCount !== attendanceRemoved) {
          throw new ApiError('conflict', 'session_delete_needs_count', { count: attendanceRemoved })
        }
        await deleteSession(tx, id, now().toISOString())
        return { deleted: true as const, attendanceRemoved }
      })
      await phoneSignups?.close(id)
      return deleted
    },
  }
}
