import { ref, watch, type Ref } from 'vue'
import type { SearchMatch } from '@contract/attendance'
import { invoke } from '../api/client'
import { latestOnly } from '../logic/latestOnly'
import { errorMessage } from '../logic/errorMessage'

const SEARCH_LIMIT = 8

/**
 * Searches as the worker types. An answer to an older query never replaces a newer one: each keystroke makes every
 * answer still on its way stale at once, and at most one search is in flight (see latestOnly).
 */
export function useAttendeeSearch(sessionId: Ref<string>, query: Ref<string>) {
  const matches = ref<SearchMatch[]>([])
  const searching = ref(false)
  const searchError = ref<string | null>(null)
  const answeredQuery = ref('')
  let latest = 0

  function clear(): void {
    matches.value = []
    answeredQuery.value = ''
    searching.value = false
  }

  async function run(): Promise<void> {
    const text = query.value.trim()
    const ticket = latest
    if (!text) return clear()
    searching.value = true
    try {
      const answer = await invoke('attendance.search', { sessionId: sessionId.value, query: text.slice(0, 40), limit: SEARCH_LIMIT })
      if (ticket !== latest) return
      matches.value = answer.items
      answeredQuery.value = text
      searchError.value = null
    } catch (error) {
      if (ticket !== latest) return
      matches.value = []
      searchError.value = errorMessage(error)
    } finally {
      if (ticket === latest) searching.value = false
    }
  }

  const searchLatest = latestOnly(run)

  /** After a check-in the same query may rank people differently; ask again. */
  function refresh(): Promise<void> {
    latest += 1
    if (!query.value.trim()) {
      clear()
      return Promise.resolve()
    }
    return searchLatest()
  }

  watch(query, () => void refresh())

  return { matches, searching, searchError, answeredQuery, refresh }
}
