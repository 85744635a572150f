import { ApiError } from '../contract/errors'
import type { pendingResolutions } from '../contract/pendingSignups'
import type { SqliteConnection } from '../db/sqliteConnection'
import { findAttendee, findAttendeeByPhone } from '../db/repositories/attendeesRepository'
import { markDistinct, mergePeople } from '../db/repositories/personMergeRepository'
import { deletePendingSignup, findPendingSignup } from '../db/repositories/pendingSignupsRepository'
import type { SignUpEnvironment } from './signUpPerson'

export interface PendingResolution {
  id: string
  resolution: (typeof pendingResolutions)[number]
  /** The corrected phone, for phone_typo. */
  phone?: string | null
}

async function givePhone(tx: SqliteConnection, attendeeId: string, phone: string, timestamp: string): Promise<void> {
  await tx.run('UPDATE attendees SET phone = ?, updated_at = ? WHERE id = ?', [phone, timestamp, attendeeId])
}

/** Settles one pending sign-up inside the caller's transaction; the pending row goes with it. */
export async function resolvePendingSignup(
  tx: SqliteConnection,
  { timestamp, newId }: SignUpEnvironment,
  { id, resolution, phone }: PendingResolution,
): Promise<{ attendeeId: string; resolution: PendingResolution['resolution']; phoneKept: boolean }> {
  const pending = await findPendingSignup(tx, id)
  if (!pending) throw new ApiError('not_found', 'pending_signup_not_found')
  const resident = await findAttendee(tx, pending.provisional_attendee_id)
  const existing = await findAttendee(tx, pending.existing_attendee_id)
  if (!resident || !existing) throw new ApiError('not_found', 'attendee_not_found')

  if (resolution === 'same_person') {
    // The owner's answers stand; the resident's record only fills what the owner's record left empty.
    await mergePeople(tx, existing, resident, timestamp)
    await deletePendingSignup(tx, id)
    return { attendeeId: existing.id, resolution, phoneKept: true }
  }

  if (resolution === 'phone_typo') {
    const corrected = phone!
    const owner = await findAttendeeByPhone(tx, corrected)
    if (owner && owner.id !== resident.id) throw new ApiError('conflict', 'phone_used_by_person', { name: owner.name }, { phone: 'phone_used_by_person' })
    await givePhone(tx, resident.id, corrected, timestamp)
  } else if (!(await findAttendeeByPhone(tx, pending.phone))) {
    await givePhone(tx, resident.id, pending.phone, timestamp)
  }
  await markDistinct(tx, newId(), resident.id, existing.id, timestamp)
  await deletePendingSignup(tx, id)
  const phoneKept = (await findAttendee(tx, resident.id))?.phone !== null
  return { attendeeId: resident.id, resolution, phoneKept }
}
