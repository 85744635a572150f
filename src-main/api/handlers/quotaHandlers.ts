import { ApiError } from '../../contract/errors'
import { findGrid } from '../../db/repositories/gridsRepository'
import { upsertQuota } from '../../db/repositories/quotasRepository'
import { readQuotaProgress } from '../../services/quotaProgress'
import type { HandlerContext, HandlersFor } from './context'

export function quotaHandlers({ db, now, newId }: HandlerContext): HandlersFor<'quotas.set' | 'quotas.progress'> {
  return {
    'quotas.set': (quota) =>
      db.write(async (tx) => {
        if (!(await findGrid(tx, quota.gridId))) throw new ApiError('not_found', 'grid_not_found', {}, { gridId: 'grid_not_found' })
        await upsertQuota(tx, { id: newId(), ...quota }, now().toISOString())
        return quota
      }),
    'quotas.progress': ({ period }) => db.read((reader) => readQuotaProgress(reader, period)),
  }
}
