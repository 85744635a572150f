import type { HandlerContext, HandlersFor } from './context'
import { ApiError } from '../../contract/errors'
import { exportBundle } from '../../sync/exportBundle'
import { BundleError, unpackBundle } from '../../sync/bundleFormat'
import { applyBundle, OwnBundleError, type ApplySummary } from '../../sync/applyBundle'
import { readClock } from '../../sync/clock'
import { listPeers } from '../../sync/peers'
import { countConflicts, listConflicts, resolveConflict } from '../../sync/conflictReview'

/** Carries a dry run's summary out of its transaction, which throwing rolls back. */
class DryRunFinished extends Error {
  constructor(readonly summary: ApplySummary) {
    super('dry run')
  }
}

const BUNDLE_MESSAGES = { unreadable: 'sync_bundle_unreadable', newer_version: 'sync_bundle_newer_version', too_large: 'sync_bundle_too_large' } as const

type SyncMethods = 'sync.status' | 'sync.exportBundle' | 'sync.importBundle' | 'sync.conflicts' | 'sync.resolveConflict'

export function syncHandlers({ db, now }: HandlerContext): HandlersFor<SyncMethods> {
  return {
    'sync.status': () =>
      db.read(async (reader) => ({
        deviceId: (await readClock(reader)).deviceId,
        peers: (await listPeers(reader)).map((peer) => ({ deviceId: peer.deviceId, lastExchangeAt: peer.lastExchangeAt })),
        conflicts: await countConflicts(reader),
      })),
    'sync.exportBundle': async ({ peerDeviceId }) => {
      const bundle = await exportBundle(db, peerDeviceId ?? null, now())
      return { fileName: bundle.fileName, dataBase64: bundle.data.toString('base64'), rows: bundle.rows }
    },
    'sync.importBundle': async ({ dataBase64, dryRun }) => {
      const bundle = await unpackBundle(Buffer.from(dataBase64, 'base64')).catch((error: unknown) => {
        if (error instanceof BundleError) throw new ApiError(error.reason === 'too_large' ? 'payload_too_large' : 'invalid_input', BUNDLE_MESSAGES[error.reason])
        throw error
      })
      try {
        if (dryRun) {
          await db.write(async (tx) => {
            throw new DryRunFinished(await applyBundle(tx, bundle, now()))
          })
        }
        // a bundle that deletes people clears their old pages out of the WAL too, as a deletion here does
        const write = bundle.tombstones.length > 0 ? db.writeAndErase.bind(db) : db.write.bind(db)
        return { ...(await write((tx) => applyBundle(tx, bundle, now()))), dryRun: false }
      } catch (error) {
        if (error instanceof DryRunFinished) return { ...error.summary, dryRun: true }
        if (error instanceof OwnBundleError) throw new ApiError('conflict', 'sync_own_bundle')
        throw error
      }
    },
    'sync.conflicts': async () => ({ items: await db.read(listConflicts) }),
    'sync.resolveConflict': async ({ id, useOther }) => {
      const found = await db
        .write((tx) => resolveConflict(tx, id, useOther, now().toISOString()))
        .catch((error: unknown) => {
          if (String(error).includes('UNIQUE constraint failed: attendees.phone')) throw new ApiError('conflict', 'sync_conflict_phone_taken')
          throw error
        })
      if (!found) throw new ApiError('not_found', 'sync_conflict_not_found')
      return { resolved: true as const }
    },
  }
}
