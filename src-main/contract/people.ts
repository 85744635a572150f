import { z } from 'zod'
import { normalizeChinaLandline, normalizeChinaMobile } from './phone'
import { isValidPersonName, normalizePersonName } from './personName'
import { text } from './common'

export const ageGroups = ['under18', '18-35', '36-59', '60plus'] as const
export const genders = ['female', 'male'] as const
export const attendanceSources = ['signup', 'walkin', 'import', 'kiosk', 'phone'] as const

export const ageGroupSchema = z.enum(ageGroups)
export const genderSchema = z.enum(genders)
export const attendanceSourceSchema = z.enum(attendanceSources)

export const personNameSchema = z
  .string()
  .transform(normalizePersonName)
  .refine((name) => name.length > 0, { error: 'required' })
  .refine(isValidPersonName, { error: 'name_invalid' })

/** A Chinese mobile number in any usual spelling, stored as 11 digits; empty means none. */
export const optionalPhoneSchema = z
  .string()
  .max(40)
  .transform((raw, ctx) => {
    if (raw.trim() === '') return null
    const phone = normalizeChinaMobile(raw)
    if (!phone) {
      ctx.addIssue({ code: 'custom', message: 'phone_invalid' })
      return z.NEVER
    }
    return phone
  })

/** A fixed-line number (0471-6281234, or 6281234 without the area code); empty means none. */
export const optionalLandlineSchema = z
  .string()
  .max(40)
  .transform((raw, ctx) => {
    if (raw.trim() === '') return null
    const landline = normalizeChinaLandline(raw)
    if (!landline) {
      ctx.addIssue({ code: 'custom', message: 'landline_invalid' })
      return z.NEVER
    }
    return landline
  })

export const neighbourhoodSchema = text(100, 0)

/** A person as lists show them: the phone is masked unless an export explicitly asks for it. */
export const personSummarySchema = z.object({
  attendeeId: z.string(),
  name: z.string(),
  phoneMasked: z.string(),
  hasPhone: z.boolean(),
  ageGroup: ageGroupSchema.nullable(),
  neighbourhood: z.string(),
  gender: genderSchema.nullable(),
})
export type PersonSummary = z.infer<typeof personSummarySchema>
