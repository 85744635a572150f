import { z } from 'zod'
import { defineMethod, idSchema, text, timestampSchema } from './common'
import { ageGroupSchema, genderSchema, neighbourhoodSchema, optionalPhoneSchema, personNameSchema } from './people'

/** What a resident types at the kiosk (or, later, on their own phone); never ids of other people. */
export const residentSignUpFields = {
  sessionId: idSchema,
  name: personNameSchema,
  phone: optionalPhoneSchema.optional(),
  ageGroup: ageGroupSchema.optional(),
  neighbourhood: neighbourhoodSchema.optional(),
  gender: genderSchema.optional(),
  consent: z.boolean(),
  consentPurpose: text(200).optional(),
}

export function phoneNeedsConsent(input: { phone?: string | null; consent: boolean }): boolean {
  return !input.phone || input.consent
}

export const residentSignUpInput = z
  .object(residentSignUpFields)
  .strict()
  .refine(phoneNeedsConsent, { path: ['consent'], error: 'consent_required_for_phone' })

/** Resident-facing methods: their answers carry nothing about any person. */
export const kioskContract = {
  'kiosk.sessionInfo': defineMethod({
    summary:
      "What a resident-facing page may know of a session: its title and start, whether arrivals are checked in today, and whether a worker's PIN is set. Cancelled or unknown sessions are not found.",
    input: z.object({ sessionId: idSchema }).strict(),
    output: z.object({ id: z.string(), title: z.string(), startsAt: timestampSchema, checkInToday: z.boolean(), pinSet: z.boolean() }).strict(),
  }),
  'kiosk.signUp': defineMethod({
    summary:
      "A resident signs themself up (source kiosk); on the session's day they are checked in too. Never changes an existing person: the same phone and name links to that person, the same phone with another name is kept apart as a pending sign-up for the worker to resolve.",
    input: residentSignUpInput,
    output: z.object({ registered: z.literal(true), checkedIn: z.boolean() }).strict(),
  }),
}
