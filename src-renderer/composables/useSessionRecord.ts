import { ref, watch, type Ref } from 'vue'
import type { Session } from '@contract/sessions'
import { invoke } from '../api/client'
import { errorMessage } from '../logic/errorMessage'

/** One session, read fresh whenever the id changes. */
export function useSessionRecord(id: Ref<string>) {
  const session = ref<Session | null>(null)
  const loadError = ref<string | null>(null)

  async function reload(): Promise<void> {
    const forId = id.value
    try {
      const answer = await invoke('sessions.get', { id: forId })
      if (forId !== id.value) return
      session.value = answer
      loadError.value = null
    } catch (error) {
      loadError.value = errorMessage(error)
    }
  }

  watch(
    id,
    () => {
      session.value = null
      void reload()
    },
    { immediate: true },
  )

  return { session, loadError, reload }
}
