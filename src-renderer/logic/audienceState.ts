import type { DeckFile } from '@contract/deckFormat'
import type { DeckLanguage, VariableValues } from './deckText'

export type SlideTheme = 'standard' | 'largePrint'

/** Phone sign-up as the projector shows it: the link (drawn as a QR code there), the count, and phone answers to the quiz on screen. */
export interface PhoneOnScreen {
  url: string
  count: number
  showQr: boolean
  quiz: { slideId: string; counts: number[]; revealed: boolean } | null
}

/** Everything the audience window needs to draw exactly what the presenter shows. */
export interface AudienceState {
  deck: DeckFile
  language: DeckLanguage
  theme: SlideTheme
  values: VariableValues
  images: Record<string, string>
  index: number
  step: number
  blank: 'none' | 'black' | 'white'
  ended: boolean
  /** Only while phone sign-up is open for the talk; the audience role reads this, never the API. */
  phone: PhoneOnScreen | null
}

/** Where the talk is: all that changes from one slide to the next. */
export type AudienceMove = Pick<AudienceState, 'index' | 'step' | 'blank' | 'ended'>

/**
 * `state` carries everything (on a new deck, language, style, values or pictures, and in answer to `hello`);
 * `move` only the position, so a slide change does not copy the deck and its pictures to the other window.
 * A clicker pointed at the audience window still drives the talk: its keys are passed to the presenter.
 */
export type AudienceMessage = { type: 'hello' } | { type: 'state'; state: AudienceState } | { type: 'move'; move: AudienceMove } | { type: 'key'; key: string }

export function newChannelName(): string {
  return `audience-${Math.random().toString(36).slice(2, 10)}`
}
