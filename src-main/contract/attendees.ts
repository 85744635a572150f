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
    /** The worker confirmed that the phone's owner, under another name, is this person and may be updated. */
    confirmUpdate: z.boolean().optional(),
  })
  .strict()
  .refine((input) => !input.phone || input.consent, { path: ['consent'], error: 'consent_required_for_phone' })

export const changeableFields = ['name', 'ageGroup', 'neighbourhood', 'gender'] as const
export const fieldChangeSchema = z.object({ field: z.enum(changeableFields), from: z.string().nullable(), to: z.string().nullable() })
export type FieldChange = z.infer<typeof fieldChangeSchema>

export const signUpOutput = z.object({
  /** null when nothing was saved because similar people need a decision first. */
  attendeeId: z.string().nullable(),
  created: z.boolean(),
  checkedInAt: z.string().nullable(),
  /** A check-in already stood before this call (made at this or another desk); this call did not make it. */
  alreadyCheckedIn: z.boolean(),
  possibleDuplicates: z.array(personSummarySchema),
  /** What changed on an existing person's record. */
  changes: z.array(fieldChangeSchema),
  /** Set (and nothing saved) when the phone belongs to someone of another name: confirm with confirmUpdate. */
  phoneOwner: z.object({ attendeeId: z.string(), name: z.string(), changes: z.array(fieldChangeSchema) }).nullable(),
})
export type SignUpOutput = z.infer<typeof signUpOutput>

export const attendeesContract = {
  'attendees.signUp': defineMethod({
    summary:
      'Sign a person up for a session (a registration; checkIn only for a session whose day is today or past). The same phone is the same person (updated, never duplicated, with the changes listed); if that person has another name, phoneOwner is returned and nothing is saved until confirmUpdate. A similar name in the same neighbourhood with no phone returns possibleDuplicates and saves nothing until confirmed with attendeeId or confirmedNew.',
    input: signUpInput,
    output: signUpOutput,
  }),
}
