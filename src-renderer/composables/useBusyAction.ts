import { ref } from 'vue'
import { errorMessage } from '../logic/errorMessage'

/** Runs one action at a time, with a busy flag for the buttons, and hands any failure's message to `onError`. */
export function useBusyAction(onError: (message: string) => void) {
  const busy = ref(false)

  async function run(work: () => Promise<void>): Promise<void> {
    busy.value = true
    try {
      await work()
    } catch (error) {
      onError(errorMessage(error))
    } finally {
      busy.value = false
    }
  }

  return { busy, run }
}
