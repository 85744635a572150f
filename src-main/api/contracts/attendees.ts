import { z } from 'zod'
import { defineMethod, idSchema, text } from './common'
import { ageGroupSchema, attendanceSourceSchema, genderSchema, neighbourhoodSchema, optionalPhoneSchema, personNameSchema, personSummarySchema } from './people'

export const DEFAULT_CONSENT_PURPOSE = 'outreach_contact'

export const signUpInput = z
  .object({
    sessionId: idSchema,
    name: personNameSchema,
    phone: optionalPhoneSchema.optional(),
    ageGroup: ageGroupSchema.optional(),
    neighbourhood: neighbourhoodSchema.optional(),
    gender: genderSchema.optional(),
    consent: z.boolean(),
    consentPurpose: text(200).optional(),
    source: attendanceSourceSchema.optional(),
    /** Check the person in at once (walk-ins, kiosk at the door). */
    checkIn: z.boolean().optional(),
    /** The worker confirmed this is that existing person. */
    attendeeId: idSchema.optional(),
    /** The worker confirmed this is not any of the similar people offered. */
    confirmedNew: z.boolean().optional(),
  })
  .strict()
  .refine((input) => !input.phone || input.consent, { path: ['consent'], error: 'consent_required_for_phone' })

export const signUpOutput = z.object({
  /** null when nothing was saved because similar people need a decision first. */
  attendeeId: z.string().nullable(),
  created: z.boolean(),
  checkedInAt: z.string().nullable(),
  /** A check-in already stood before this call (made at this or another desk); this call did not make it. */
  alreadyCheckedIn: z.boolean(),
  possibleDuplicates: z.array(personSummarySchema),
})
export type SignUpOutput = z.infer<typeof signUpOutput>

export const attendeesContract = {
  'attendees.signUp': defineMethod({
    summary:
      'Sign a person up for a session. The same phone is the same person (updated, never duplicated); a similar name in the same neighbourhood with no phone returns possibleDuplicates and saves nothing until confirmed with attendeeId or confirmedNew.',
    input: signUpInput,
    output: signUpOutput,
  }),
}
