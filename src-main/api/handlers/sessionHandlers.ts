import { ApiError } from '../errors'
import { findSession, insertSession, listSessions } from '../../db/repositories/sessionsRepository'
import type { HandlerContext, HandlersFor } from './context'

export function sessionHandlers({ db, now, newId }: HandlerContext): HandlersFor<'sessions.create' | 'sessions.list' | 'sessions.get'> {
  return {
    'sessions.create': async (input) => {
      const timestamp = now().toISOString()
      const id = newId()
      await db.write((tx) =>
        insertSession(tx, {
          id,
          title: input.title,
          startsAt: input.startsAt,
          durationMinutes: input.durationMinutes ?? null,
          place: input.place,
          presenters: input.presenters ?? '',
          audience: input.audience ?? 'general',
          status: 'planned',
          notes: input.notes ?? '',
          createdAt: timestamp,
          updatedAt: timestamp,
        }),
      )
      const created = await db.read((reader) => findSession(reader, id))
      if (!created) throw new ApiError('not_found', 'session_not_found')
      return created
    },
    'sessions.list': async () => ({ items: await db.read(listSessions) }),
    'sessions.get': async ({ id }) => {
      const session = await db.read((reader) => findSession(reader, id))
      if (!session) throw new ApiError('not_found', 'session_not_found')
      return session
    },
  }
}
