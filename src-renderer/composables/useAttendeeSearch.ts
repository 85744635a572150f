import { ref, watch, type Ref } from 'vue'
import type { SearchMatch } from '@contract/attendance'
import { invoke } from '../api/client'
import { errorMessage } from '../logic/errorMessage'

const SEARCH_LIMIT = 8

/** Searches as the worker types; an answer to an older query never replaces a newer one. */
export function useAttendeeSearch(sessionId: Ref<string>, query: Ref<string>) {
  const matches = ref<SearchMatch[]>([])
  const searching = ref(false)
  const searchError = ref<string | null>(null)
  const answeredQuery = ref('')
  let latest = 0

  async function run(): Promise<void> {
    const text = query.value.trim()
    const ticket = ++latest
    if (!text) {
      matches.value = []
      answeredQuery.value = ''
      searching.value = false
      return
    }
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

  watch(query, run)

  /** After a check-in the same query may rank people differently; ask again. */
  function refresh(): Promise<void> {
    return run()
  }

  return { matches, searching, searchError, answeredQuery, refresh }
}
