import { onBeforeUnmount, onMounted, ref } from 'vue'

export interface PresenterActions {
  next: () => void
  previous: () => void
  first: () => void
  last: () => void
  jumpTo: (slideNumber: number) => void
  blackout: () => void
  whiteout: () => void
  toggleOverview: () => void
  toggleFullScreen: () => void
  togglePhoneQr: () => void
  leave: () => void
}

const ACTION_BY_KEY: Record<string, keyof Omit<PresenterActions, 'jumpTo'>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  ' ': 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Backspace: 'previous',
  Home: 'first',
  End: 'last',
  b: 'blackout',
  B: 'blackout',
  '.': 'blackout',
  w: 'whiteout',
  W: 'whiteout',
  o: 'toggleOverview',
  O: 'toggleOverview',
  f: 'toggleFullScreen',
  F: 'toggleFullScreen',
  q: 'togglePhoneQr',
  Q: 'togglePhoneQr',
  Escape: 'leave',
}

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null
  return !!element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName))
}

/** Clicker and keyboard control: clickers send arrows/PageUp/PageDown; digits then Enter jump to a slide. */
export function usePresenterKeys(actions: PresenterActions, target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window) {
  const typedNumber = ref('')

  function onKey(event: KeyboardEvent) {
    if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return
    if (/^[0-9]$/.test(event.key)) {
      typedNumber.value = (typedNumber.value + event.key).slice(-3)
      event.preventDefault()
      return
    }
    if (event.key === 'Enter' && typedNumber.value) {
      actions.jumpTo(Number(typedNumber.value))
      typedNumber.value = ''
      event.preventDefault()
      return
    }
    const action = ACTION_BY_KEY[event.key]
    if (event.key === 'Escape' && typedNumber.value) {
      typedNumber.value = ''
      return
    }
    typedNumber.value = ''
    if (!action) return
    event.preventDefault()
    actions[action]()
  }

  onMounted(() => target.addEventListener('keydown', onKey as EventListener))
  onBeforeUnmount(() => target.removeEventListener('keydown', onKey as EventListener))
  return { typedNumber }
}
