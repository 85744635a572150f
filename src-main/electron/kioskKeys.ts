/** What the kiosk window does with a key: let the page have it, swallow it, or swallow it and ask for the PIN. */
export type KioskKeyAction = 'allow' | 'block' | 'askPin'

/** The parts of Electron's before-input-event `input` the decision needs. */
export interface KioskKeyInput {
  type: string
  key: string
  control: boolean
  meta: boolean
  alt: boolean
  shift: boolean
}

/** Cut, copy, paste, select all, undo and redo: a resident may need them in a form field. */
const EDITING_KEYS = new Set(['a', 'c', 'v', 'x', 'z', 'y'])
/** Ways out of the window: they get the page's PIN dialog, so the resident sees why nothing happened. */
const CLOSE_KEYS = new Set(['w', 'q', 'f4'])

/**
 * Nothing a resident presses may close, reload or inspect the kiosk, change its zoom or full screen, or
 * navigate: function keys (F5 reload, F11 full screen, F12 dev tools, …), browser keys, and Ctrl/Cmd/Alt
 * combinations other than text editing are swallowed. Typing, Tab, Enter, arrows and Esc reach the page.
 */
export function kioskKeyAction(input: KioskKeyInput): KioskKeyAction {
  const key = input.key.toLowerCase()
  const command = input.control || input.meta
  const closes = (input.alt && key === 'f4') || (command && CLOSE_KEYS.has(key))
  if (closes) return input.type === 'keyDown' ? 'askPin' : 'block'
  if (/^f\d{1,2}$/.test(key) || key.startsWith('browser')) return 'block'
  if (command && !input.alt && EDITING_KEYS.has(key)) return 'allow'
  if (command || input.alt) return 'block'
  return 'allow'
}

/** The kiosk page of a session, on the same page the worker's window loaded. */
export function kioskUrl(rendererUrl: string, sessionId: string): string {
  const url = new URL(rendererUrl)
  url.hash = `/sessions/${encodeURIComponent(sessionId)}/kiosk`
  return url.href
}
