import { ref, watch, type Ref } from 'vue'

const keyFor = (sessionId: string) => `outreach.signup.checkIn.${sessionId}`

/** The sign-up form's "check in too" choice, remembered per session and unticked until the worker ticks it. */
export function useRememberedCheckIn(sessionId: Ref<string>): Ref<boolean> {
  const checkIn = ref(false)
  watch(sessionId, (id) => (checkIn.value = localStorage.getItem(keyFor(id)) === '1'), { immediate: true })
  watch(checkIn, (value) => (value ? localStorage.setItem(keyFor(sessionId.value), '1') : localStorage.removeItem(keyFor(sessionId.value))))
  return checkIn
}
