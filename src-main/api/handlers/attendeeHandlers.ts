import { ApiError } from '../errors'
import { DEFAULT_CONSENT_PURPOSE, type SignUpOutput } from '../contracts/attendees'
import type { ApiParsedInput } from '../contract'
import type { SqliteConnection } from '../../db/sqliteConnection'
import { sessionExists } from '../../db/repositories/sessionsRepository'
import {
  findAttendee,
  findAttendeeByPhone,
  findSimilarAttendees,
  insertAttendee,
  recordConsent,
  refreshAttendee,
  toPersonSummary,
  type AttendeeFields,
  type AttendeeRow,
} from '../../db/repositories/attendeesRepository'
import { ensureRegistered, markCheckedIn } from '../../db/repositories/attendanceRepository'
import type { HandlerContext, HandlersFor } from './context'

type SignUpInput = ApiParsedInput<'attendees.signUp'>

/** Who this sign-up is: a confirmed person, the owner of the phone, or nobody yet. */
async function findSamePerson(tx: SqliteConnection, input: SignUpInput): Promise<AttendeeRow | undefined> {
  if (input.attendeeId) {
    const chosen = await findAttendee(tx, input.attendeeId)
    if (!chosen) throw new ApiError('not_found', 'attendee_not_found')
    return chosen
  }
  return input.phone ? findAttendeeByPhone(tx, input.phone) : undefined
}

export function attendeeHandlers({ db, now, newId }: HandlerContext): HandlersFor<'attendees.signUp'> {
  return {
    'attendees.signUp': (input) =>
      db.write(async (tx): Promise<SignUpOutput> => {
        if (!(await sessionExists(tx, input.sessionId))) throw new ApiError('not_found', 'session_not_found')
        const timestamp = now().toISOString()
        const fields: AttendeeFields = {
          name: input.name,
          phone: input.phone ?? null,
          ageGroup: input.ageGroup ?? null,
          neighbourhood: input.neighbourhood ?? '',
          gender: input.gender ?? null,
        }
        let person = await findSamePerson(tx, input)
        if (person?.phone && fields.phone && person.phone !== fields.phone) {
          const owner = await findAttendeeByPhone(tx, fields.phone)
          if (owner && owner.id !== person.id) throw new ApiError('conflict', 'phone_belongs_to_other')
        }
        if (!person && !fields.phone && !input.confirmedNew) {
          const similar = await findSimilarAttendees(tx, fields.name, fields.neighbourhood)
          if (similar.length > 0) return { attendeeId: null, created: false, checkedInAt: null, possibleDuplicates: similar.map(toPersonSummary) }
        }

        const created = !person
        const attendeeId = person?.id ?? newId()
        if (person) await refreshAttendee(tx, person, fields, timestamp)
        else await insertAttendee(tx, attendeeId, fields, timestamp)
        if (fields.phone && input.consent) await recordConsent(tx, newId(), attendeeId, input.consentPurpose ?? DEFAULT_CONSENT_PURPOSE, timestamp)

        const source = input.source ?? (input.checkIn ? 'walkin' : 'signup')
        const attendance = await ensureRegistered(tx, newId(), input.sessionId, attendeeId, source, timestamp)
        const checkedInAt = input.checkIn ? await markCheckedIn(tx, attendance.id, timestamp) : attendance.checked_in_at
        return { attendeeId, created, checkedInAt, possibleDuplicates: [] }
      }),
  }
}
