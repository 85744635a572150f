import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ApiInput } from '../../src-main/api/contract'
import type { Session } from '../../src-main/api/contracts/sessions'
import { invoke } from '../api/client'

export const useSessionsStore = defineStore('sessions', () => {
  const items = ref<Session[]>([])
  const loading = ref(false)
  const loadError = ref<string | null>(null)

  async function load(): Promise<void> {
    loading.value = true
    loadError.value = null
    try {
      items.value = (await invoke('sessions.list', {})).items
    } catch (error) {
      loadError.value = error instanceof Error ? error.message : String(error)
    } finally {
      loading.value = false
    }
  }

  /** Throws ApiCallError with per-field messages when the input is refused. */
  async function create(input: ApiInput<'sessions.create'>): Promise<Session> {
    const session = await invoke('sessions.create', input)
    await load()
    return session
  }

  return { items, loading, loadError, load, create }
})
