import { ref } from 'vue'

const ARMED_MS = 3000

/**
 * Esc first closes whatever covers the console; otherwise it arms, and a second Esc within three
 * seconds ends the talk, so one stray press on a clicker never does.
 */
export function useEscToEnd(closeOverlay: () => boolean, end: () => void) {
  const escArmed = ref(false)
  let timer: ReturnType<typeof setTimeout> | undefined

  function leave(): void {
    if (closeOverlay()) return
    if (escArmed.value) {
      end()
      return
    }
    escArmed.value = true
    clearTimeout(timer)
    timer = setTimeout(() => (escArmed.value = false), ARMED_MS)
  }

  return { escArmed, leave }
}
