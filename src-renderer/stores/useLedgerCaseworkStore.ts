import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { CaseworkCounts } from '@contract/ledgerCasework'
import { invoke } from '../api/client'
import type { LedgerRange } from '../logic/ledger/ledgerRange'
import { errorMessage } from '../logic/errorMessage'

/** The ledger's counts of alert follow-ups, pledges and risk-register visits for a range: numbers only. */
export const useLedgerCaseworkStore = defineStore('ledgerCasework', () => {
  const counts = ref<CaseworkCounts | null>(null)
  const error = ref<string | null>(null)

  async function load(range: LedgerRange): Promise<CaseworkCounts | null> {
    error.value = null
    try {
      counts.value = await invoke('ledger.casework', { from: range.from, to: range.to })
    } catch (failure) {
      error.value = errorMessage(failure)
    }
    return counts.value
  }

  return { counts, error, load }
})
