import { z } from 'zod'
import { defineMethod, idSchema, timestampSchema } from './common'
import { optionalPhoneSchema, personSummarySchema } from './people'

export const pendingResolutions = ['same_person', 'different_person', 'phone_typo'] as const

export const pendingSignupSchema = z.object({
  id: z.string(),
  createdAt: timestampSchema,
  /** The phone the resident typed, masked: it is the existing person's phone. */
  typedPhoneMasked: z.string(),
  /** The provisional record made from what the resident typed (no phone). */
  resident: personSummarySchema,
  /** The person the phone belongs to. */
  existing: personSummarySchema,
})
export type PendingSignup = z.infer<typeof pendingSignupSchema>

export const pendingSignupsContract = {
  'signups.pendingList': defineMethod({
    summary: "A session's resident sign-ups whose phone belongs to someone of another name, each with both records (phones masked), waiting for the worker's decision.",
    input: z.object({ sessionId: idSchema }).strict(),
    output: z.object({ items: z.array(pendingSignupSchema) }),
  }),
  'signups.resolvePending': defineMethod({
    summary:
      "Decide a pending sign-up in one transaction: same_person merges the resident's record into the phone's owner (keeping attendance; the owner's fields are not replaced); different_person keeps both (the phone stays with its owner); phone_typo gives the resident's record the corrected phone.",
    input: z
      .object({ id: idSchema, resolution: z.enum(pendingResolutions), phone: optionalPhoneSchema.optional() })
      .strict()
      .refine((input) => input.resolution !== 'phone_typo' || Boolean(input.phone), { path: ['phone'], error: 'required' }),
    output: z.object({ attendeeId: z.string(), resolution: z.enum(pendingResolutions), phoneKept: z.boolean() }),
  }),
}
