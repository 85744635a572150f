import { onBeforeUnmount, ref, shallowRef, toRaw } from 'vue'
import type { AudienceMessage, AudienceMove, AudienceState } from '../logic/audienceState'

function openChannel(name: string): BroadcastChannel | undefined {
  return typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(`outreach-${name}`)
}

const plainCopy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

/** The deck and its pictures stay the same object while presenting: copied once, not on every slide change. */
const copies = new WeakMap<object, unknown>()
function plainCopyOnce<T extends object>(value: T): T {
  const raw = toRaw(value)
  let copy = copies.get(raw) as T | undefined
  if (!copy) copies.set(raw, (copy = plainCopy(raw)))
  return copy
}

/** Everything but the position: the deck and pictures by identity, the rest (language, theme, shape, phone QR…) by value. */
function drawingOf(state: AudienceState): string {
  const { deck: _deck, images: _images, index: _index, step: _step, blank: _blank, ended: _ended, ...drawing } = state
  return JSON.stringify(drawing)
}
const sameDrawing = (a: AudienceState, b: AudienceState) => a.deck === b.deck && a.images === b.images && drawingOf(a) === drawingOf(b)

/**
 * Presenter side: sends the whole state when the deck or how it is drawn changes, else only the position,
 * over a BroadcastChannel and straight to the window it opened too, which also covers origins where the
 * channel is not shared.
 */
export function useAudiencePublisher(name: string) {
  const channel = openChannel(name)
  const audienceWindow = shallowRef<Window | null>(null)
  let last: AudienceState | undefined

  const send = (message: AudienceMessage) => {
    channel?.postMessage(message)
    if (audienceWindow.value && !audienceWindow.value.closed) audienceWindow.value.postMessage(message, '*')
  }
  const onAudienceMessage = (event: MessageEvent<AudienceMessage>) => {
    if (event.data?.type === 'hello' && last) send({ type: 'state', state: last })
    if (event.data?.type === 'key') window.dispatchEvent(new KeyboardEvent('keydown', { key: event.data.key }))
  }
  const onWindowMessage = (event: MessageEvent<AudienceMessage>) => {
    if (event.source && event.source === audienceWindow.value) onAudienceMessage(event)
  }
  channel?.addEventListener('message', onAudienceMessage)
  window.addEventListener('message', onWindowMessage)
  onBeforeUnmount(() => {
    window.removeEventListener('message', onWindowMessage)
    channel?.close()
  })

  return {
    audienceWindow,
    /** Opens the audience window (the browser may block it: then false). */
    openWindow(): boolean {
      const opened = window.open(`${location.href.split('#')[0]}#/audience/${name}`, name, 'popup,width=1280,height=720')
      if (opened) audienceWindow.value = opened
      return opened !== null
    },
    publish(state: AudienceState) {
      const { deck, images, ...rest } = toRaw(state)
      const previous = last
      last = { ...plainCopy(rest), deck: plainCopyOnce(deck), images: plainCopyOnce(images) }
      const { index, step, blank, ended } = last
      if (previous && sameDrawing(previous, last)) send({ type: 'move', move: { index, step, blank, ended } })
      else send({ type: 'state', state: last })
    },
  }
}

/** Audience side: follows whatever the presenter last sent. */
export function useAudienceSubscriber(name: string) {
  const channel = openChannel(name)
  const opener = window.opener as Window | null
  const state = ref<AudienceState | null>(null)
  let deckJson = ''
  const hello: AudienceMessage = { type: 'hello' }
  const sayHello = () => {
    channel?.postMessage(hello)
    opener?.postMessage(hello, '*')
  }
  const onMessage = (event: MessageEvent<AudienceMessage>) => {
    if (event.data?.type === 'move') {
      // A move before any state (this window missed it) asks for the whole state again.
      if (state.value) state.value = { ...state.value, ...(event.data.move satisfies AudienceMove) }
      else sayHello()
      return
    }
    if (event.data?.type !== 'state') return
    const next = event.data.state
    // Keep the same deck object while the deck is unchanged, so slides already measured are not measured again.
    const json = JSON.stringify(next.deck)
    if (state.value && json === deckJson) next.deck = state.value.deck
    deckJson = json
    state.value = next
  }
  const onWindowMessage = (event: MessageEvent<AudienceMessage>) => {
    if (event.source && event.source === opener) onMessage(event)
  }
  channel?.addEventListener('message', onMessage)
  window.addEventListener('message', onWindowMessage)
  sayHello()
  onBeforeUnmount(() => {
    window.removeEventListener('message', onWindowMessage)
    channel?.close()
  })
  /** One path only, so a key is never applied twice: the presenter that opened this window, else the channel. */
  const sendKey = (key: string) => {
    const message: AudienceMessage = { type: 'key', key }
    if (opener && !opener.closed) opener.postMessage(message, '*')
    else channel?.postMessage(message)
  }
  return { state, sendKey }
}
