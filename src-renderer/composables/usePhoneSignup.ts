import { onBeforeUnmount, ref } from 'vue'
import type { ApiOutput } from '@contract'
import { invoke } from '../api/client'

type LanAddress = ApiOutput<'phoneSignup.networks'>['addresses'][number]
type PhoneSignupStatus = ApiOutput<'phoneSignup.status'>

const POLL_MS = 3000

/** A session's phone sign-up as the worker drives it: networks to choose from, open/close, and a live count while open. */
export function usePhoneSignup(sessionId: () => string) {
  const networks = ref<LanAddress[]>([])
  const status = ref<PhoneSignupStatus | null>(null)
  const error = ref('')
  let timer: ReturnType<typeof setInterval> | undefined

  function stopPolling(): void {
    if (timer) clearInterval(timer)
    timer = undefined
  }

  async function refresh(): Promise<void> {
    status.value = await invoke('phoneSignup.status', { sessionId: sessionId() })
    if (!status.value.open) stopPolling()
  }

  function startPolling(): void {
    stopPolling()
    timer = setInterval(() => void refresh().catch(() => undefined), POLL_MS)
  }

  async function loadNetworks(): Promise<void> {
    networks.value = (await invoke('phoneSignup.networks', {})).addresses
  }

  async function open(host?: string): Promise<void> {
    error.value = ''
    try {
      await invoke('phoneSignup.open', { sessionId: sessionId(), host })
      await refresh()
      startPolling()
    } catch (failure) {
      error.value = failure instanceof Error ? failure.message : String(failure)
    }
  }

  async function close(): Promise<void> {
    stopPolling()
    await invoke('phoneSignup.close', { sessionId: sessionId() })
    await refresh()
  }

  async function load(): Promise<void> {
    await refresh()
    if (status.value?.open) startPolling()
  }

  onBeforeUnmount(stopPolling)
  return { networks, status, error, load, loadNetworks, open, close }
}
