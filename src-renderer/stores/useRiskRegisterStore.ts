import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ApiOutput } from '@contract'
import type { RiskEntry } from '@contract/riskRegister'
import type { RiskFlag, RiskVisitMethod } from '@contract/caseworkValues'
import { invoke } from '../api/client'
import { errorMessage } from '../logic/errorMessage'

export type RiskRecord = ApiOutput<'riskRegister.get'>

/** The risk register (重点人员): who is on it, and each person's flags and visits. */
export const useRiskRegisterStore = defineStore('riskRegister', () => {
  const items = ref<RiskEntry[]>([])
  /** Only those not visited in this many days, or everyone when null. */
  const notVisitedDays = ref<number | null>(30)
  const loading = ref(false)
  const error = ref<string | null>(null)

  async function load(): Promise<void> {
    loading.value = true
    error.value = null
    try {
      items.value = (await invoke('riskRegister.list', notVisitedDays.value ? { notVisitedDays: notVisitedDays.value } : {})).items
    } catch (failure) {
      error.value = errorMessage(failure)
    } finally {
      loading.value = false
    }
  }

  const personRecord = (attendeeId: string): Promise<RiskRecord> => invoke('riskRegister.get', { attendeeId })
  const setFlags = (attendeeId: string, flags: RiskFlag[]): Promise<RiskRecord> => invoke('riskRegister.setFlags', { attendeeId, flags })

  async function addVisit(attendeeId: string, method: RiskVisitMethod, note = ''): Promise<RiskRecord> {
    const record = await invoke('riskRegister.addVisit', { attendeeId, method, note })
    if (items.value.some((entry) => entry.attendeeId === attendeeId)) await load()
    return record
  }

  return { items, notVisitedDays, loading, error, load, personRecord, setFlags, addVisit }
})
