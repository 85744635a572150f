import { ApiError } from '../../contract/errors'
import type { Session } from '../../contract/sessions'
import { isSessionToday } from '../../contract/sessionDay'
import type { SqliteConnection } from '../../db/sqliteConnection'
import { findSession } from '../../db/repositories/sessionsRepository'
import { signUpResident } from '../../services/residentSignUp'
import type { HandlerContext, HandlersFor } from './context'
import type { PhoneSignupControl } from './phoneSignupControl'

type PhoneSignupMethod = 'phoneSignup.networks' | 'phoneSignup.open' | 'phoneSignup.status' | 'phoneSignup.openList' | 'phoneSignup.close' | 'phoneSignup.signUp'

async function existingSession(db: SqliteConnection, sessionId: string): Promise<Session> {
  const session = await findSession(db, sessionId)
  if (!session) throw new ApiError('not_found', 'session_not_found')
  return session
}

function isOver(session: Session): boolean {
  return session.status === 'held' || session.status === 'cancelled'
}

function requireControl(control: PhoneSignupControl | undefined): PhoneSignupControl {
  if (!control) throw new ApiError('conflict', 'phone_signup_no_network')
  return control
}

async function countPhoneSignUps(db: SqliteConnection, sessionId: string): Promise<number> {
  const row = await db.get<{ count: number }>("SELECT COUNT(*) AS count FROM attendance WHERE session_id = ? AND source = 'phone'", [sessionId])
  return row?.count ?? 0
}

/** The worker opens and closes phone sign-up; a resident's phone, holding the secret link, signs up. */
export function phoneSignupHandlers({ db, now, newId, phoneSignups }: HandlerContext): HandlersFor<PhoneSignupMethod> {
  /** A session marked held or cancelled closes its phone sign-up the next time anyone asks. */
  async function closeIfOver(session: Session): Promise<boolean> {
    if (!isOver(session)) return false
    if (phoneSignups?.current(session.id)) await phoneSignups.close(session.id)
    return true
  }

  return {
    'phoneSignup.networks': async () => ({ addresses: phoneSignups?.networks() ?? [] }),
    'phoneSignup.open': async ({ sessionId, host }) => {
      const control = requireControl(phoneSignups)
      const session = await db.read((reader) => existingSession(reader, sessionId))
      if (isOver(session)) throw new ApiError('conflict', 'phone_signup_session_done')
      const networks = control.networks()
      if (networks.length === 0) throw new ApiError('conflict', 'phone_signup_no_network')
      const chosen = host ?? networks[0].address
      if (!networks.some((network) => network.address === chosen)) throw new ApiError('invalid_input', 'phone_signup_unknown_network', {}, { host: 'phone_signup_unknown_network' })
      const opening = await control.open(sessionId, chosen)
      return { url: opening.url, host: opening.host, port: opening.port, closesAt: opening.closesAt.toISOString() }
    },
    'phoneSignup.status': async ({ sessionId }) => {
      const { session, count } = await db.read(async (reader) => {
        const found = await existingSession(reader, sessionId)
        return { session: found, count: await countPhoneSignUps(reader, sessionId) }
      })
      await closeIfOver(session)
      const opening = phoneSignups?.current(sessionId)
      return { open: opening !== undefined, url: opening?.url ?? null, closesAt: opening?.closesAt.toISOString() ?? null, count }
    },
    'phoneSignup.openList': async () => ({
      items: (phoneSignups?.openSessions() ?? []).map((opening) => ({ sessionId: opening.sessionId, url: opening.url, closesAt: opening.closesAt.toISOString() })),
    }),
    'phoneSignup.close': async ({ sessionId }) => {
      await phoneSignups?.close(sessionId)
      return { open: false as const }
    },
    'phoneSignup.signUp': async (input) => {
      if (!phoneSignups?.admits(input.sessionId, input.token)) throw new ApiError('forbidden', 'phone_signup_closed')
      const session = await db.read((reader) => existingSession(reader, input.sessionId))
      if (await closeIfOver(session)) throw new ApiError('forbidden', 'phone_signup_closed')
      return db.write(async (tx) => {
        const checkIn = isSessionToday(session.startsAt, now())
        const { checkedIn, already } = await signUpResident(
          tx,
          { timestamp: now().toISOString(), newId },
          {
            sessionId: session.id,
            fields: { name: input.name, phone: input.phone ?? null, ageGroup: input.ageGroup ?? null, neighbourhood: input.neighbourhood ?? '', gender: input.gender ?? null },
            consent: input.consent,
            consentPurpose: input.consentPurpose,
            checkIn,
            source: 'phone',
          },
        )
        return { registered: true as const, checkedIn, already }
      })
    },
  }
}
