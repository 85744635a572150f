import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ApiOutput } from '@contract'
import { invoke } from '../api/client'

export type BackupInfo = ApiOutput<'backups.list'>['items'][number]

/** Backups beside the database and whole-data archives; failures are thrown for the caller to show. */
export const useBackupsStore = defineStore('backups', () => {
  const items = ref<BackupInfo[]>([])

  async function refresh(): Promise<void> {
    items.value = (await invoke('backups.list', {})).items
  }

  const createBackup = () => invoke('backups.create', {})
  const previewBackup = (fileName: string) => invoke('backups.preview', { fileName })
  const downloadBackup = (fileName: string) => invoke('backups.download', { fileName })
  const restoreBackup = (fileName: string) => invoke('backups.restore', { fileName })
  const exportArchive = () => invoke('backups.exportArchive', {})
  const importArchive = (dataBase64: string, replaceExisting: boolean) => invoke('backups.importArchive', { dataBase64, replaceExisting })

  return { items, refresh, createBackup, previewBackup, downloadBackup, restoreBackup, exportArchive, importArchive }
})
