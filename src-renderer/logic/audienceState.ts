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

/** A slide's shape: widescreen, or 4:3 for the older 1024×768 projectors many community rooms still have. */
export type SlideAspect = '16:9' | '4:3'
export const SLIDE_ASPECTS: readonly SlideAspect[] = ['16:9', '4:3']

/** The fixed design canvas each shape is drawn on before it is scaled to its box; text sizes are in these pixels. */
export const SLIDE_DESIGN_SIZE: Record<SlideAspect, { width: number; height: number }> = {
  '16:9': { width: 1920, height: 1080 },
  '4:3': { width: 1440, height: 1080 },
}

/** For CSS `aspect-ratio`. */
export function aspectRatio(aspect: SlideAspect): string {
  const { width, height } = SLIDE_DESIGN_SIZE[aspect]
  return `${width} / ${height}`
}

/** Everything the audience window needs to draw exactly what the presenter shows. */
export interface AudienceState {
  deck: DeckFile
  language: DeckLanguage
  theme: SlideTheme
  /** Absent from a presenter of an older version: 16:9. */
  aspect?: SlideAspect
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
