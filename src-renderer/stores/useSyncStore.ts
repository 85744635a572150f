import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ApiOutput } from '@contract'
import { invoke } from '../api/client'

export type SyncStatus = ApiOutput<'sync.status'>
export type SyncImportSummary = ApiOutput<'sync.importBundle'>
export type SyncConflictItem = ApiOutput<'sync.conflicts'>['items'][number]

/** Merging with other laptops: this laptop's peers, bundles out and in, and the conflicts to review. */
export const useSyncStore = defineStore('sync', () => {
  const status = ref<SyncStatus | null>(null)
  const conflicts = ref<SyncConflictItem[]>([])

  async function refresh(): Promise<void> {
    status.value = await invoke('sync.status', {})
    conflicts.value = (await invoke('sync.conflicts', {})).items
  }

  const exportBundle = (peerDeviceId: string | null) => invoke('sync.exportBundle', peerDeviceId ? { peerDeviceId } : {})
  const previewBundle = (dataBase64: string) => invoke('sync.importBundle', { dataBase64, dryRun: true })

  async function importBundle(dataBase64: string): Promise<SyncImportSummary> {
    const summary = await invoke('sync.importBundle', { dataBase64 })
    await refresh()
    return summary
  }

  async function resolveConflict(id: number, useOther: boolean): Promise<void> {
    await invoke('sync.resolveConflict', { id, useOther })
    await refresh()
  }

  return { status, conflicts, refresh, exportBundle, previewBundle, importBundle, resolveConflict }
})
