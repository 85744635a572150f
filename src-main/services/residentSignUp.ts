import { DEFAULT_CONSENT_PURPOSE } from '../contract/attendees'
import type { SqliteConnection } from '../db/sqliteConnection'
import { findAttendeeByPhone, insertAttendee, recordConsent, touchAttendee, type AttendeeFields } from '../db/repositories/attendeesRepository'
import { ensureRegistered, markCheckedIn } from '../db/repositories/attendanceRepository'
import { insertPendingSignup } from '../db/repositories/pendingSignupsRepository'
import { isSamePersonName } from '../contract/personName'
import type { SignUpEnvironment } from './signUpPerson'

export interface ResidentSignUpRequest {
  sessionId: string
  fields: AttendeeFields
  consent: boolean
  consentPurpose?: string
  /** Only on the session's day: before it nobody can have arrived. */
  checkIn: boolean
  /** Where the resident signed up; the kiosk unless said otherwise. */
  source?: 'kiosk' | 'phone'
}

/** Who the resident is on file, without ever changing an existing record. */
async function residentRecord(tx: SqliteConnection, { timestamp, newId }: SignUpEnvironment, request: ResidentSignUpRequest): Promise<string> {
  const { fields } = request
  const owner = fields.phone ? await findAttendeeByPhone(tx, fields.phone) : undefined
  if (owner && isSamePersonName(owner.name, fields.name)) {
    await touchAttendee(tx, owner.id, timestamp)
    return owner.id
  }
  const attendeeId = newId()
  if (!owner) {
    await insertAttendee(tx, attendeeId, fields, timestamp)
    return attendeeId
  }
  // Another name on someone's phone is a slip or a relative: keep the resident apart until a worker decides.
  await insertAttendee(tx, attendeeId, { ...fields, phone: null }, timestamp)
  await insertPendingSignup(tx, { id: newId(), sessionId: request.sessionId, provisionalId: attendeeId, existingId: owner.id, phone: fields.phone!, timestamp })
  return attendeeId
}

/** A resident's own sign-up (kiosk), inside the caller's transaction. */
/** `already`: this sign-up changed nothing for the session (registered before, and checked in before when it is the day). */
export async function signUpResident(tx: SqliteConnection, environment: SignUpEnvironment, request: ResidentSignUpRequest): Promise<{ checkedIn: boolean; already: boolean }> {
  const { timestamp, newId } = environment
  const attendeeId = await residentRecord(tx, environment, request)
  if (request.fields.phone && request.consent) await recordConsent(tx, newId(), attendeeId, request.consentPurpose ?? DEFAULT_CONSENT_PURPOSE, timestamp)
  const attendanceId = newId()
  const attendance = await ensureRegistered(tx, attendanceId, request.sessionId, attendeeId, request.source ?? 'kiosk', timestamp)
  let already = attendance.id !== attendanceId
  if (request.checkIn) already = (await markCheckedIn(tx, attendance.id, timestamp)) !== timestamp && already
  return { checkedIn: request.checkIn, already }
}
