import { ApiError } from '../../contract/errors'
import type { SignUpOutput } from '../../contract/attendees'
import { sessionExists } from '../../db/repositories/sessionsRepository'
import { signUpPerson } from '../../services/signUpPerson'
import type { HandlerContext, HandlersFor } from './context'

export function attendeeHandlers({ db, now, newId }: HandlerContext): HandlersFor<'attendees.signUp'> {
  return {
    'attendees.signUp': (input) =>
      db.write(async (tx): Promise<SignUpOutput> => {
        if (!(await sessionExists(tx, input.sessionId))) throw new ApiError('not_found', 'session_not_found')
        return signUpPerson(
          tx,
          { timestamp: now().toISOString(), newId },
          {
            sessionId: input.sessionId,
            fields: {
              name: input.name,
              phone: input.phone ?? null,
              ageGroup: input.ageGroup ?? null,
              neighbourhood: input.neighbourhood ?? '',
              gender: input.gender ?? null,
            },
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
