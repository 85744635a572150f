import { ApiError } from '../errors'
import { countPastRetention, deletePastRetention, samplePastRetention } from '../../db/repositories/purgeRepository'
import { retentionCutoff } from '../../domain/retention'
import { readRetentionMonths } from './settingsHandlers'
import type { HandlerContext, HandlersFor } from './context'

const SAMPLE_SIZE = 10

export function privacyHandlers({ db, now }: HandlerContext): HandlersFor<'privacy.purgePreview' | 'privacy.purge'> {
  return {
    'privacy.purgePreview': () =>
      db.read(async (reader) => {
        const retentionMonths = await readRetentionMonths(reader)
        const cutoff = retentionCutoff(now(), retentionMonths).toISOString()
        return { cutoff, retentionMonths, ...(await countPastRetention(reader, cutoff)), sample: await samplePastRetention(reader, cutoff, SAMPLE_SIZE) }
      }),
    // The cutoff is worked out again here: a purge whose preview was made under another retention setting or on
    // another day would delete people the worker never saw counted, so it is refused and previewed again.
    'privacy.purge': ({ cutoff }) =>
      db.write(async (tx) => {
        const current = retentionCutoff(now(), await readRetentionMonths(tx)).toISOString()
        if (new Date(cutoff).toISOString() !== current) throw new ApiError('conflict', 'purge_preview_stale')
        return deletePastRetention(tx, current)
      }),
  }
}
