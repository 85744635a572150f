import { onBeforeUnmount, ref, shallowRef, toRaw } from 'vue'
import type { AudienceMessage, AudienceState } from '../logic/audienceState'

function openChannel(name: string): BroadcastChannel | undefined {
  return typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(`outreach-${name}`)
}

/**
 * Presenter side: sends the whole state on every change (it is small) over a BroadcastChannel, and
 * straight to the window it opened too, which also covers origins where the channel is not shared.
 */
export function useAudiencePublisher(name: string) {
  const channel = openChannel(name)
  const audienceWindow = shallowRef<Window | null>(null)
  let last: AudienceState | undefined

  const send = (message: AudienceMessage) => {
    channel?.postMessage(message)
    if (audienceWindow.value && !audienceWindow.value.closed) audienceWindow.value.postMessage(message, '*')
  }
  const onHello = (event: MessageEvent<AudienceMessage>) => {
    if (event.data?.type === 'hello' && last) send({ type: 'state', state: last })
    if (event.data?.type === 'key') window.dispatchEvent(new KeyboardEvent('keydown', { key: event.data.key }))
  }
  channel?.addEventListener('message', onHello)
  window.addEventListener('message', onHello)
  onBeforeUnmount(() => {
    window.removeEventListener('message', onHello)
    channel?.close()
  })

  return {
    audienceWindow,
    publish(state: AudienceState) {
      last = JSON.parse(JSON.stringify(toRaw(state))) as AudienceState
      send({ type: 'state', state: last })
    },
  }
}

/** Audience side: follows whatever the presenter last sent. */
export function useAudienceSubscriber(name: string) {
  const channel = openChannel(name)
  const state = ref<AudienceState | null>(null)
  const onMessage = (event: MessageEvent<AudienceMessage>) => {
    if (event.data?.type === 'state') state.value = event.data.state
  }
  channel?.addEventListener('message', onMessage)
  window.addEventListener('message', onMessage)
  const hello: AudienceMessage = { type: 'hello' }
  channel?.postMessage(hello)
  window.opener?.postMessage(hello, '*')
  onBeforeUnmount(() => {
    window.removeEventListener('message', onMessage)
    channel?.close()
  })
  const sendKey = (key: string) => {
    const message: AudienceMessage = { type: 'key', key }
    if (channel) channel.postMessage(message)
    else window.opener?.postMessage(message, '*')
  }
  return { state, sendKey }
}
