import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ApiInput } from '@contract'
import type { Session } from '@contract/sessions'
import { invoke } from '../api/client'
import { errorMessage } from '../logic/errorMessage'

export type SessionFilters = { from: string; to: string; status: '' | Session['status']; place: string }

export const emptySessionFilters = (): SessionFilters => ({ from: '', to: '', status: '', place: '' })

function filtersForApi(filters: SessionFilters): ApiInput<'sessions.list'> {
  return {
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.place.trim() ? { place: filters.place.trim() } : {}),
  }
}

export const useSessionsStore = defineStore('sessions', () => {
  const items = ref<Session[]>([])
  const filters = ref<SessionFilters>(emptySessionFilters())
  const loading = ref(false)
  const loadError = ref<string | null>(null)
  let latestLoad = 0

  /** Typing in a filter starts several loads; only the last one's answer is shown. */
  async function load(): Promise<void> {
    const thisLoad = ++latestLoad
    loading.value = true
    loadError.value = null
    try {
      const answer = await invoke('sessions.list', filtersForApi(filters.value))
      if (thisLoad === latestLoad) items.value = answer.items
    } catch (error) {
      if (thisLoad === latestLoad) loadError.value = errorMessage(error)
    } finally {
      if (thisLoad === latestLoad) loading.value = false
    }
  }

  function isFiltered(): boolean {
    return Object.keys(filtersForApi(filters.value)).length > 0
  }

  /** One session as it is now, with its current counts; the list is left as it was. */
  function fetchSession(id: string): Promise<Session> {
    return invoke('sessions.get', { id })
  }

  /** Throws ApiCallError with per-field messages when the input is refused. */
  async function create(input: ApiInput<'sessions.create'>): Promise<Session> {
    const session = await invoke('sessions.create', input)
    await load()
    return session
  }

  async function update(input: ApiInput<'sessions.update'>): Promise<Session> {
    const session = await invoke('sessions.update', input)
    items.value = items.value.map((item) => (item.id === session.id ? session : item))
    return session
  }

  /** Pass the attendance count the worker was shown; the API refuses if it no longer matches. */
  async function remove(id: string, confirmAttendanceCount?: number): Promise<void> {
    await invoke('sessions.delete', { id, ...(confirmAttendanceCount !== undefined ? { confirmAttendanceCount } : {}) })
    items.value = items.value.filter((item) => item.id !== id)
  }

  return { items, filters, loading, loadError, load, isFiltered, fetchSession, create, update, remove }
})
