import { ApiError } from '../../contract/errors'
import type { Session } from '../../contract/sessions'
import type { SqliteConnection } from '../../db/sqliteConnection'
import { findSession } from '../../db/repositories/sessionsRepository'
import { readSetting, SETTING_KEYS } from '../../db/repositories/settingsRepository'
import { isSessionToday } from '../../contract/sessionDay'
import { signUpResident } from '../../services/residentSignUp'
import type { HandlerContext, HandlersFor } from './context'

/** A session residents may sign up for: it exists and is not cancelled. */
async function openSession(db: SqliteConnection, sessionId: string): Promise<Session> {
  const session = await findSession(db, sessionId)
  if (!session || session.status === 'cancelled') throw new ApiError('not_found', 'session_not_found')
  return session
}

/** Resident-facing: each answer is built field by field so nothing about people can slip into it. */
export function kioskHandlers({ db, now, newId }: HandlerContext): HandlersFor<'kiosk.sessionInfo' | 'kiosk.signUp'> {
  return {
    'kiosk.sessionInfo': ({ sessionId }) =>
      db.read(async (reader) => {
        const session = await openSession(reader, sessionId)
        const pinSet = (await readSetting(reader, SETTING_KEYS.kioskPinHash)) !== undefined
        return { id: session.id, title: session.title, startsAt: session.startsAt, checkInToday: isSessionToday(session.startsAt, now()), pinSet }
      }),
    'kiosk.signUp': (input) =>
      db.write(async (tx) => {
        const session = await openSession(tx, input.sessionId)
        const { checkedIn } = await signUpResident(
          tx,
          { timestamp: now().toISOString(), newId },
          {
            sessionId: session.id,
            fields: { name: input.name, phone: input.phone ?? null, ageGroup: input.ageGroup ?? null, neighbourhood: input.neighbourhood ?? '', gender: input.gender ?? null },
            consent: input.consent,
            consentPurpose: input.consentPurpose,
            checkIn: isSessionToday(session.startsAt, now()),
          },
        )
        return { registered: true as const, checkedIn }
      }),
  }
}
