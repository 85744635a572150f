import { ApiError } from '../../contract/errors'
import { DEFAULT_CONSENT_PURPOSE } from '../../contract/attendees'
import type { PersonListItem } from '../../contract/peopleAdmin'
import type { SqliteConnection } from '../../db/sqliteConnection'
import { findAttendee, findAttendeeByPhone, recordConsent, type AttendeeRow } from '../../db/repositories/attendeesRepository'
import {
  deletePerson,
  findPersonListItem,
  findPersonListItems,
  listConsents,
  listNeighbourhoods,
  listPeople,
  listPersonAttendance,
  updatePersonRecord,
  withdrawConsents,
} from '../../db/repositories/peopleRepository'
import { findDuplicateCandidates, markDistinct, mergePeople } from '../../db/repositories/personMergeRepository'
import { findLandline, setLandline } from '../../db/repositories/landlineRepository'
import type { HandlerContext, HandlersFor } from './context'

const DEFAULT_PAGE_SIZE = 50
const MAX_DUPLICATE_PAIRS = 200

type PeopleMethod = 'people.list' | 'people.neighbourhoods' | 'people.get' | 'people.update' | 'people.delete' | 'people.merge' | 'people.duplicates' | 'people.markDistinct'

async function requirePerson(db: SqliteConnection, id: string): Promise<AttendeeRow> {
  const person = await findAttendee(db, id)
  if (!person) throw new ApiError('not_found', 'attendee_not_found')
  return person
}

async function requireListItem(db: SqliteConnection, id: string): Promise<PersonListItem> {
  const item = await findPersonListItem(db, id)
  if (!item) throw new ApiError('not_found', 'attendee_not_found')
  return item
}

export function peopleHandlers({ db, now, newId }: HandlerContext): HandlersFor<PeopleMethod> {
  return {
    'people.list': ({ query, neighbourhood, ageGroup, offset, limit }) =>
      db.read((reader) => listPeople(reader, { query, neighbourhood, ageGroup }, offset ?? 0, limit ?? DEFAULT_PAGE_SIZE)),
    'people.neighbourhoods': () => db.read(async (reader) => ({ items: await listNeighbourhoods(reader) })),
    'people.get': ({ id }) =>
      db.read(async (reader) => ({
        person: await requireListItem(reader, id),
        attendance: await listPersonAttendance(reader, id),
        consents: await listConsents(reader, id),
      })),
    'people.update': (input) =>
      db.write(async (tx) => {
        const person = await requirePerson(tx, input.id)
        const phone = input.phone === undefined ? person.phone : input.phone
        const landline = input.landline === undefined ? await findLandline(tx, person.id) : input.landline
        if ((phone || landline) && !input.consent) throw new ApiError('invalid_input', 'consent_required_for_phone', {}, { consent: 'consent_required_for_phone' })
        if (phone && phone !== person.phone) {
          const owner = await findAttendeeByPhone(tx, phone)
          if (owner) throw new ApiError('conflict', 'phone_used_by_person', { name: owner.name }, { phone: 'phone_used_by_person' })
        }
        const timestamp = now().toISOString()
        await updatePersonRecord(tx, person.id, { name: input.name, phone, ageGroup: input.ageGroup, neighbourhood: input.neighbourhood, gender: input.gender }, timestamp)
        await setLandline(tx, person.id, landline)
        if ((phone || landline) && input.consent) await recordConsent(tx, newId(), person.id, DEFAULT_CONSENT_PURPOSE, timestamp)
        if (!input.consent) await withdrawConsents(tx, person.id, timestamp)
        return requireListItem(tx, person.id)
      }),
    'people.delete': ({ id }) =>
      db.writeAndErase(async (tx) => {
        await requirePerson(tx, id)
        return deletePerson(tx, id, now().toISOString())
      }),
    'people.merge': ({ keepId, mergeId }) =>
      db.write(async (tx) => {
        const keep = await requirePerson(tx, keepId)
        const merge = await requirePerson(tx, mergeId)
        const { moved, combined } = await mergePeople(tx, keep, merge, now().toISOString())
        return { person: await requireListItem(tx, keepId), attendanceMoved: moved, attendanceCombined: combined }
      }),
    'people.duplicates': () =>
      db.read(async (reader) => {
        const candidates = await findDuplicateCandidates(reader, MAX_DUPLICATE_PAIRS)
        const items = await findPersonListItems(reader, [...new Set(candidates.flatMap((pair) => [pair.a_id, pair.b_id]))])
        return { pairs: candidates.map((pair) => ({ reason: pair.reason, a: items.get(pair.a_id)!, b: items.get(pair.b_id)! })) }
      }),
    'people.markDistinct': ({ aId, bId }) =>
      db.write(async (tx) => {
        await requirePerson(tx, aId)
        await requirePerson(tx, bId)
        await markDistinct(tx, newId(), aId, bId, now().toISOString())
        return { ok: true as const }
      }),
  }
}
