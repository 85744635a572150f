import { ApiError } from '../../contract/errors'
import type { SignUpOutput } from '../../contract/attendees'
import { findSession } from '../../db/repositories/sessionsRepository'
import { findAttendeeByPhone, type AttendeeFields } from '../../db/repositories/attendeesRepository'
import type { SqliteConnection } from '../../db/sqliteConnection'
import { isSamePersonName } from '../../contract/personName'
import { isSessionInFuture } from '../../contract/sessionDay'
import { describePersonChanges } from '../../services/personChanges'
import { signUpPerson } from '../../services/signUpPerson'
import type { HandlerContext, HandlersFor } from './context'

/** The phone's owner under another name: the worker sees what would change and decides before anything is saved. */
async function ownerUnderAnotherName(tx: SqliteConnection, fields: AttendeeFields): Promise<SignUpOutput | undefined> {
  const owner = fields.phone ? await findAttendeeByPhone(tx, fields.phone) : undefined
  if (!owner || isSamePersonName(owner.name, fields.name)) return undefined
  const phoneOwner = { attendeeId: owner.id, name: owner.name, changes: describePersonChanges(owner, fields) }
  return { attendeeId: null, created: false, checkedInAt: null, alreadyCheckedIn: false, possibleDuplicates: [], changes: [], phoneOwner }
}

export function attendeeHandlers({ db, now, newId }: HandlerContext): HandlersFor<'attendees.signUp'> {
  return {
    'attendees.signUp': (input) =>
      db.write(async (tx): Promise<SignUpOutput> => {
        const session = await findSession(tx, input.sessionId)
        if (!session) throw new ApiError('not_found', 'session_not_found')
        // A sign-up before the talk is a registration: checking in then would count someone who has not come.
        if (input.checkIn && isSessionInFuture(session.startsAt, now())) {
          throw new ApiError('invalid_input', 'checkin_future_session', {}, { checkIn: 'checkin_future_session_field' })
        }
        const fields: AttendeeFields = {
          name: input.name,
          phone: input.phone ?? null,
          ageGroup: input.ageGroup ?? null,
          neighbourhood: input.neighbourhood ?? '',
          gender: input.gender ?? null,
        }
        if (!input.attendeeId && !input.confirmUpdate) {
          const asked = await ownerUnderAnotherName(tx, fields)
          if (asked) return asked
        }
        return signUpPerson(
          tx,
          { timestamp: now().toISOString(), newId },
          {
            sessionId: input.sessionId,
            fields,
            consent: input.consent,
            consentPurpose: input.consentPurpose,
            source: input.source ?? (input.checkIn ? 'walkin' : 'signup'),
            checkIn: input.checkIn,
            attendeeId: input.attendeeId,
            confirmedNew: input.confirmedNew,
          },
        )
      }),
  }
}
