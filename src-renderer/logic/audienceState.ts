import type { DeckFile } from '@contract/deckFormat'
import type { DeckLanguage, VariableValues } from './deckText'

export type SlideTheme = 'standard' | 'largePrint'

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
