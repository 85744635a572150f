import type { DeckFile } from '@contract/deckFormat'
import type { DeckLanguage, VariableValues } from './deckText'

export type SlideTheme = 'standard' | 'largePrint'

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
}

/** A clicker pointed at the audience window still drives the talk: its keys are passed to the presenter. */
export type AudienceMessage = { type: 'hello' } | { type: 'state'; state: AudienceState } | { type: 'key'; key: string }

export function newChannelName(): string {
  return `audience-${Math.random().toString(36).slice(2, 10)}`
}
