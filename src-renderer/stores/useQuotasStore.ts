import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { QuotaProgress } from '@contract/quotas'
import { invoke } from '../api/client'
import { errorMessage } from '../logic/errorMessage'

/** App install/registration quotas per grid for one month, and how far each grid has come. */
export const useQuotasStore = defineStore('quotas', () => {
  const progress = ref<QuotaProgress | null>(null)
  const error = ref<string | null>(null)

  async function load(period: string): Promise<void> {
    error.value = null
    try {
      const next = await invoke('quotas.progress', { period })
      progress.value = next
    } catch (failure) {
      error.value = errorMessage(failure)
    }
  }

  async function setQuota(gridId: string, period: string, installs: number, registrations: number): Promise<void> {
    await invoke('quotas.set', { gridId, period, installs, registrations })
    await load(period)
  }

  return { progress, error, load, setQuota }
})
