import { z } from 'zod'
import { defineMethod, idSchema } from './common'
import {
  ageGroupSchema,
  attendanceSourceSchema,
  genderSchema,
  neighbourhoodSchema,
  optionalLandlineSchema,
  optionalPhoneSchema,
  personNameSchema,
  personSummarySchema,
} from './people'

export const consentStatuses = ['given', 'withdrawn', 'none'] as const

/** One row of the People page: masked phone, when last seen, how often they came, whether they consented. */
export const personListItemSchema = personSummarySchema.extend({
  /** A fixed-line phone, masked like the mobile (0471-****234); '' when there is none. */
  landlineMasked: z.string(),
  lastSeenAt: z.string(),
  createdAt: z.string(),
  /** Sessions signed up for or attended. */
  attendanceCount: z.number().int(),
  /** Sessions actually checked in at. */
  checkedInCount: z.number().int(),
  consentStatus: z.enum(consentStatuses),
  consentGivenAt: z.string().nullable(),
})
export type PersonListItem = z.infer<typeof personListItemSchema>

export const personAttendanceSchema = z.object({
  sessionId: z.string(),
  title: z.string(),
  startsAt: z.string(),
  place: z.string(),
  source: attendanceSourceSchema,
  registeredAt: z.string(),
  checkedInAt: z.string().nullable(),
})
export type PersonAttendance = z.infer<typeof personAttendanceSchema>

export const consentRecordSchema = z.object({ id: z.string(), purpose: z.string(), givenAt: z.string(), withdrawnAt: z.string().nullable() })
export type ConsentRecord = z.infer<typeof consentRecordSchema>

export const PEOPLE_PAGE_MAX = 200

export const peopleListInput = z
  .object({
    query: z.string().trim().max(40).optional(),
    neighbourhood: z.string().max(100).optional(),
    ageGroup: ageGroupSchema.optional(),
    offset: z.number().int().min(0).optional(),
    limit: z.number().int().min(1).max(PEOPLE_PAGE_MAX).optional(),
  })
  .strict()

/** The whole record as the edit form sends it; a phone or landline left out keeps the one on file, an empty one removes it. */
export const personUpdateInput = z
  .object({
    id: idSchema,
    name: personNameSchema,
    phone: optionalPhoneSchema.optional(),
    landline: optionalLandlineSchema.optional(),
    ageGroup: ageGroupSchema.nullable(),
    neighbourhood: neighbourhoodSchema,
    gender: genderSchema.nullable(),
    consent: z.boolean(),
  })
  .strict()
  .refine((input) => !(input.phone || input.landline) || input.consent, { path: ['consent'], error: 'consent_required_for_phone' })

export const duplicatePairSchema = z.object({
  reason: z.enum(['same_name', 'same_pinyin']),
  a: personListItemSchema,
  b: personListItemSchema,
})
export type DuplicatePair = z.infer<typeof duplicatePairSchema>

const byId = z.object({ id: idSchema }).strict()

export const peopleAdminContract = {
  'people.list': defineMethod({
    summary:
      'One page of people (phones masked) with last seen, attendance count and consent; search by name, pinyin initials or whole pinyin, or phone (last 4 or all 11 digits); filter by neighbourhood and age group.',
    input: peopleListInput,
    output: z.object({ items: z.array(personListItemSchema), total: z.number().int() }),
  }),
  'people.neighbourhoods': defineMethod({
    summary: 'Every neighbourhood / building people gave, with how many people each, for filters and autocompletion.',
    input: z.object({}).strict(),
    output: z.object({ items: z.array(z.object({ name: z.string(), people: z.number().int() })) }),
  }),
  'people.get': defineMethod({
    summary: 'One person (phone masked) with every session they signed up for or attended, and their consent records.',
    input: byId,
    output: z.object({ person: personListItemSchema, attendance: z.array(personAttendanceSchema), consents: z.array(consentRecordSchema) }),
  }),
  'people.update': defineMethod({
    summary:
      "Correct a person's record. A phone needs consent; a phone another person already has is refused (merge the two instead). Unticking consent withdraws it, which needs the phone removed.",
    input: personUpdateInput,
    output: personListItemSchema,
  }),
  'people.delete': defineMethod({
    summary: 'Delete a person on request, with all their attendance and consent rows.',
    input: byId,
    output: z.object({ attendance: z.number().int(), consents: z.number().int() }),
  }),
  'people.merge': defineMethod({
    summary:
      "Make two records of one person one: all attendance and consents move to keepId (a session both attended keeps one row with the earliest check-in), keepId's empty fields are filled from mergeId, then mergeId is deleted.",
    input: z
      .object({ keepId: idSchema, mergeId: idSchema })
      .strict()
      .refine((input) => input.keepId !== input.mergeId, { path: ['mergeId'], error: 'merge_same_person' }),
    output: z.object({ person: personListItemSchema, attendanceMoved: z.number().int(), attendanceCombined: z.number().int() }),
  }),
  'people.duplicates': defineMethod({
    summary: 'Likely pairs of records of one person: the same name, or the same pinyin, in the same neighbourhood; pairs marked distinct are left out.',
    input: z.object({}).strict(),
    output: z.object({ pairs: z.array(duplicatePairSchema) }),
  }),
  'people.markDistinct': defineMethod({
    summary: 'Record that two people the duplicates list offered are not the same person, so it stops offering them.',
    input: z
      .object({ aId: idSchema, bId: idSchema })
      .strict()
      .refine((input) => input.aId !== input.bId, { path: ['bId'], error: 'merge_same_person' }),
    output: z.object({ ok: z.literal(true) }),
  }),
}
