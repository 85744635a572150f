import { ref } from 'vue'
import type { PrePostResult } from '@contract/phoneQuiz'
import { invoke } from '../api/client'

/** A session's before/after quiz shares (answered anonymously on phones). */
export function usePrePost() {
  const result = ref<PrePostResult | null>(null)

  async function load(sessionId: string): Promise<PrePostResult> {
    result.value = await invoke('phoneQuiz.prePost', { sessionId })
    return result.value
  }

  return { result, load }
}
