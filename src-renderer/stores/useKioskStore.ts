import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ApiInput, ApiOutput } from '@contract'
import { invoke } from '../api/client'

type KioskSession = ApiOutput<'kiosk.sessionInfo'>

/**
 * Whether a kiosk holds the screen; while it does, the router lets nobody leave without the worker's PIN.
 * A kiosk talks to the main process only through kiosk.* methods, which say nothing about any person.
 */
export const useKioskStore = defineStore('kiosk', () => {
  const lockedPath = ref<string | null>(null)
  /** Set when someone tried to navigate away; the kiosk answers by asking for the PIN. */
  const exitRequested = ref(false)
  const session = ref<KioskSession | null>(null)

  async function loadSession(sessionId: string): Promise<KioskSession> {
    session.value = await invoke('kiosk.sessionInfo', { sessionId })
    return session.value
  }

  function signUp(input: ApiInput<'kiosk.signUp'>): Promise<ApiOutput<'kiosk.signUp'>> {
    return invoke('kiosk.signUp', input)
  }

  /** Desktop app only: the main process opens the locked kiosk window for this session. */
  async function startKioskWindow(sessionId: string): Promise<void> {
    await invoke('kiosk.start', { sessionId })
  }

  function lock(path: string): void {
    lockedPath.value = path
    exitRequested.value = false
  }

  function requestExit(): void {
    exitRequested.value = true
  }

  function cancelExit(): void {
    exitRequested.value = false
  }

  // In the desktop app's kiosk window the main process refuses Alt+F4, Ctrl+W, closing and quitting, and asks for the PIN.
  window.outreach?.onKioskExitRequest?.(requestExit)

  /** True when the PIN was right; the kiosk is then unlocked and the caller may navigate. */
  async function unlockWithPin(pin: string): Promise<{ ok: boolean; retryAfterSeconds: number }> {
    const answer = await invoke('kiosk.verifyPin', { pin })
    // exitRequested stays up: the dialog must live until it has told the kiosk page to leave.
    if (answer.ok) lockedPath.value = null
    return answer
  }

  return { lockedPath, exitRequested, session, loadSession, signUp, startKioskWindow, lock, requestExit, cancelExit, unlockWithPin }
})

/** Router guard: while a kiosk is locked, any other route is refused and the PIN is asked for instead. */
export function keepKioskOpen(targetPath: string): boolean {
  const kiosk = useKioskStore()
  if (kiosk.lockedPath === null || targetPath === kiosk.lockedPath) return true
  kiosk.requestExit()
  return false
}
