import { z } from 'zod'
import { defineMethod } from './common'

const purgeCounts = z.object({
  people: z.number().int(),
  attendance: z.number().int(),
  consents: z.number().int(),
  /** Alerts (预警) whose last follow-up, or the alert itself, is older than the cutoff, with their follow-ups. */
  alerts: z.number().int(),
  /** Backup files made before the cutoff (automatic and manual): they hold the people deleted, so they are deleted too. */
  backups: z.number().int(),
})

export const purgePreviewSchema = purgeCounts.extend({
  /** People last seen before this moment go; pass it back to privacy.purge unchanged. */
  cutoff: z.string(),
  retentionMonths: z.number().int(),
  sample: z.array(z.object({ name: z.string(), phoneMasked: z.string(), neighbourhood: z.string(), lastSeenAt: z.string() })),
})
export type PurgePreview = z.infer<typeof purgePreviewSchema>

export const privacyContract = {
  'privacy.purgePreview': defineMethod({
    summary:
      'What a retention purge would delete now: people not seen since the cutoff (today minus the retention months), with their attendance and consents, and the backups made before the cutoff. Deletes nothing.',
    input: z.object({}).strict(),
    output: purgePreviewSchema,
  }),
  'privacy.purge': defineMethod({
    summary:
      'Delete people not seen since the cutoff, with their attendance and consents, and every backup made before the cutoff. The cutoff must be the one privacy.purgePreview gave today, so nothing unexpected goes.',
    input: z.object({ cutoff: z.iso.datetime() }).strict(),
    output: purgeCounts,
  }),
}
