import type { FieldChange } from '../contract/attendees'
import type { AttendeeFields, AttendeeRow } from '../db/repositories/attendeesRepository'

/** What refreshAttendee would change on `existing`: an answer left empty keeps what was known. */
export function describePersonChanges(existing: AttendeeRow, fields: AttendeeFields): FieldChange[] {
  const next: Record<FieldChange['field'], string | null> = {
    name: fields.name || existing.name,
    ageGroup: fields.ageGroup ?? existing.age_group,
    neighbourhood: fields.neighbourhood || existing.neighbourhood,
    gender: fields.gender ?? existing.gender,
  }
  const before: Record<FieldChange['field'], string | null> = {
    name: existing.name,
    ageGroup: existing.age_group,
    neighbourhood: existing.neighbourhood,
    gender: existing.gender,
  }
  return (Object.keys(next) as FieldChange['field'][]).filter((field) => next[field] !== before[field]).map((field) => ({ field, from: before[field] || null, to: next[field] }))
}
