import { ApiError } from '../contract/errors'
import { DEFAULT_CONSENT_PURPOSE, type SignUpOutput } from '../contract/attendees'
import type { RosterEntry } from '../contract/attendance'
import type { SqliteConnection } from '../db/sqliteConnection'
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
} from '../db/repositories/attendeesRepository'
import { ensureRegistered, markCheckedIn } from '../db/repositories/attendanceRepository'
import { describePersonChanges } from './personChanges'

export interface SignUpRequest {
  sessionId: string
  fields: AttendeeFields
  consent: boolean
  consentPurpose?: string
  source: RosterEntry['source']
  checkIn?: boolean
  /** The worker confirmed this is that existing person. */
  attendeeId?: string
  /** The worker confirmed this is not any of the similar people offered. */
  confirmedNew?: boolean
}

export interface SignUpEnvironment {
  timestamp: string
  newId: () => string
}

/** Who this sign-up is: a confirmed person, the owner of the phone, or nobody yet. */
async function findSamePerson(tx: SqliteConnection, request: SignUpRequest): Promise<AttendeeRow | undefined> {
  if (request.attendeeId) {
    const chosen = await findAttendee(tx, request.attendeeId)
    if (!chosen) throw new ApiError('not_found', 'attendee_not_found')
    return chosen
  }
  return request.fields.phone ? findAttendeeByPhone(tx, request.fields.phone) : undefined
}

/**
 * Signs one person up for a session inside the caller's transaction. Every check that
 * can refuse runs before the first write, so a caller may catch an ApiError and go on.
 */
export async function signUpPerson(tx: SqliteConnection, { timestamp, newId }: SignUpEnvironment, request: SignUpRequest): Promise<SignUpOutput> {
  const { fields } = request
  const person = await findSamePerson(tx, request)
  if (person?.phone && fields.phone && person.phone !== fields.phone) {
    const owner = await findAttendeeByPhone(tx, fields.phone)
    if (owner && owner.id !== person.id) throw new ApiError('conflict', 'phone_belongs_to_other')
  }
  if (!person && !fields.phone && !request.confirmedNew) {
    const similar = await findSimilarAttendees(tx, fields.name, fields.neighbourhood)
    if (similar.length > 0)
      return { attendeeId: null, created: false, checkedInAt: null, alreadyCheckedIn: false, possibleDuplicates: similar.map(toPersonSummary), changes: [], phoneOwner: null }
  }

  const created = !person
  const attendeeId = person?.id ?? newId()
  const changes = person ? describePersonChanges(person, fields) : []
  if (person) await refreshAttendee(tx, person, fields, timestamp)
  else await insertAttendee(tx, attendeeId, fields, timestamp)
  if (fields.phone && request.consent) await recordConsent(tx, newId(), attendeeId, request.consentPurpose ?? DEFAULT_CONSENT_PURPOSE, timestamp)

  const attendance = await ensureRegistered(tx, newId(), request.sessionId, attendeeId, request.source, timestamp)
  const checkedInAt = request.checkIn ? await markCheckedIn(tx, attendance.id, timestamp) : attendance.checked_in_at
  return { attendeeId, created, checkedInAt, alreadyCheckedIn: attendance.checked_in_at !== null, possibleDuplicates: [], changes, phoneOwner: null }
}
