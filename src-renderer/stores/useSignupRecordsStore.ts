import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ApiInput, ApiOutput } from '@contract'
import type { PendingSignup } from '@contract/pendingSignups'
import { invoke } from '../api/client'

/** A session's records that need the worker: resident sign-ups to confirm and check-ins made before the session day. */
export const useSignupRecordsStore = defineStore('signupRecords', () => {
  const sessionId = ref('')
  const pending = ref<PendingSignup[]>([])
  const earlyCount = ref(0)

  async function load(id: string): Promise<void> {
    if (id !== sessionId.value) {
      pending.value = []
      earlyCount.value = 0
    }
    sessionId.value = id
    const [list, early] = await Promise.all([invoke('signups.pendingList', { sessionId: id }), invoke('attendance.earlyCheckIns', { sessionId: id })])
    if (id !== sessionId.value) return
    pending.value = list.items
    earlyCount.value = early.count
  }

  async function resolve(input: ApiInput<'signups.resolvePending'>): Promise<ApiOutput<'signups.resolvePending'>> {
    const answer = await invoke('signups.resolvePending', input)
    await load(sessionId.value)
    return answer
  }

  /** Undoes exactly the count the worker confirmed; the main process refuses if it changed meanwhile. */
  async function undoEarly(): Promise<number> {
    try {
      return (await invoke('attendance.undoEarlyCheckIns', { sessionId: sessionId.value, expectedCount: earlyCount.value })).undone
    } finally {
      await load(sessionId.value)
    }
  }

  return { sessionId, pending, earlyCount, load, resolve, undoEarly }
})
