import { ApiError } from '../../contract/errors'
import { countPastRetention, deletePastRetention, samplePastRetention } from '../../db/repositories/purgeRepository'
import { countAlertsPastRetention, deleteAlertsPastRetention } from '../../db/repositories/alertsRepository'
import { backupsCreatedBefore, removeBackupsCreatedBefore } from '../../db/backupFiles'
import { retentionCutoff } from '../../domain/retention'
import { readRetentionMonths } from './settingsHandlers'
import type { HandlerContext, HandlersFor } from './context'

const SAMPLE_SIZE = 10

export function privacyHandlers({ db, now }: HandlerContext): HandlersFor<'privacy.purgePreview' | 'privacy.purge'> {
  // Backups made before the cutoff hold the people the purge deletes, so they go too.
  const oldBackups = async (cutoff: string) => (db.backupDir ? (await backupsCreatedBefore(db.backupDir, cutoff)).length : 0)
  return {
    'privacy.purgePreview': async () => {
      const preview = await db.read(async (reader) => {
        const retentionMonths = await readRetentionMonths(reader)
        const cutoff = retentionCutoff(now(), retentionMonths).toISOString()
        return {
          cutoff,
          retentionMonths,
          ...(await countPastRetention(reader, cutoff)),
          alerts: await countAlertsPastRetention(reader, cutoff),
          sample: await samplePastRetention(reader, cutoff, SAMPLE_SIZE),
        }
      })
      return { ...preview, backups: await oldBackups(preview.cutoff) }
    },
    // The cutoff is worked out again here: a purge whose preview was made under another retention setting or on
    // another day would delete people the worker never saw counted, so it is refused and previewed again.
    'privacy.purge': async ({ cutoff }) => {
      const counts = await db.writeAndErase(async (tx) => {
        const current = retentionCutoff(now(), await readRetentionMonths(tx)).toISOString()
        if (new Date(cutoff).toISOString() !== current) throw new ApiError('conflict', 'purge_preview_stale')
        const people = await deletePastRetention(tx, current, now().toISOString())
        return { ...people, alerts: await deleteAlertsPastRetention(tx, current) }
      })
      const backups = db.backupDir ? await removeBackupsCreatedBefore(db.backupDir, new Date(cutoff).toISOString()) : 0
      return { ...counts, backups }
    },
  }
}
