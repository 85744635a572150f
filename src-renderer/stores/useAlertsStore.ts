import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ApiInput, ApiOutput } from '@contract'
import type { Alert } from '@contract/alerts'
import { invoke } from '../api/client'
import { fileToBase64 } from '../logic/fileTransfer'
import { errorMessage } from '../logic/errorMessage'

/** The alerts (预警) the worker follows up, and their follow-ups. */
export const useAlertsStore = defineStore('alerts', () => {
  const items = ref<Alert[]>([])
  const openCount = ref(0)
  const overdueCount = ref(0)
  const showAll = ref(false)
  const loading = ref(false)
  const error = ref<string | null>(null)

  async function load(): Promise<void> {
    loading.value = true
    error.value = null
    try {
      const answer = await invoke('alerts.list', { status: showAll.value ? 'all' : 'open' })
      items.value = answer.items
      openCount.value = answer.open
      overdueCount.value = answer.overdue
    } catch (failure) {
      error.value = errorMessage(failure)
    } finally {
      loading.value = false
    }
  }

  async function create(input: ApiInput<'alerts.create'>): Promise<Alert> {
    const alert = await invoke('alerts.create', input)
    await load()
    return alert
  }

  async function importFile(file: File): Promise<ApiOutput<'alerts.import'>> {
    const answer = await invoke('alerts.import', { fileName: file.name, dataBase64: await fileToBase64(file) })
    await load()
    return answer
  }

  async function addFollowUp(input: ApiInput<'alerts.addFollowUp'>): Promise<void> {
    await invoke('alerts.addFollowUp', input)
    await load()
  }

  async function revealPhone(alertId: string): Promise<string | null> {
    return (await invoke('alerts.phone', { alertId })).phone
  }

  async function remove(alertId: string): Promise<void> {
    await invoke('alerts.remove', { alertId })
    await load()
  }

  return { items, openCount, overdueCount, showAll, loading, error, load, create, importFile, addFollowUp, revealPhone, remove }
})
