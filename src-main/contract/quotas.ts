import { z } from 'zod'
import { defineMethod, idSchema } from './common'

/** A quota period is a calendar month. */
export const periodSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'period_invalid' })

const quotaCount = z.number().int().min(0).max(1_000_000)

export const quotaSchema = z.object({ gridId: idSchema, period: z.string(), registrations: z.number().int(), installs: z.number().int() })

/** A person of the grid not yet helped to register the app: a worklist, so masked phone only. */
const notReachedSchema = z.object({ attendeeId: idSchema, name: z.string(), phoneMasked: z.string() })

const progressCounts = {
  installQuota: z.number().int(),
  registrationQuota: z.number().int(),
  installs: z.number().int(),
  registrations: z.number().int(),
  /** 0–1 (may pass 1), or null without a quota. */
  installRate: z.number().nullable(),
  registrationRate: z.number().nullable(),
}

export const gridQuotaProgressSchema = z.object({
  gridId: idSchema,
  gridName: z.string(),
  ...progressCounts,
  notReachedCount: z.number().int(),
  notReached: z.array(notReachedSchema),
})
export type GridQuotaProgress = z.infer<typeof gridQuotaProgressSchema>

export const quotaProgressSchema = z.object({ period: z.string(), grids: z.array(gridQuotaProgressSchema), community: z.object(progressCounts) })
export type QuotaProgress = z.infer<typeof quotaProgressSchema>
export type QuotaCounts = z.infer<z.ZodObject<typeof progressCounts>>

export const quotasContract = {
  'quotas.set': defineMethod({
    summary: "Set a grid's 国家反诈中心 app install and registration quota for a month (YYYY-MM); setting it again replaces it.",
    input: z.object({ gridId: idSchema, period: periodSchema, registrations: quotaCount, installs: quotaCount }).strict(),
    output: quotaSchema,
  }),
  'quotas.progress': defineMethod({
    summary:
      'For a month: per grid, app installs and registrations made at its sessions against its quota, and the people who came to its sessions but have not registered (masked phones); and the community total.',
    input: z.object({ period: periodSchema }).strict(),
    output: quotaProgressSchema,
  }),
}
