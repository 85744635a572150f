import type { Slide } from '@contract/deckFormat'

/** Where the talk is: which slide, and how much of it has been revealed. */
export interface DeckPosition {
  index: number
  step: number
}

/** The last reveal step of a slide: bullets appear one by one, a quiz answer is revealed on demand. */
export function lastStep(slide: Slide): number {
  if (slide.kind === 'bullets' && slide.reveal !== false) return slide.bullets.length - 1
  if (slide.kind === 'quiz') return 1
  return 0
}

export function nextPosition(slides: readonly Slide[], { index, step }: DeckPosition): DeckPosition {
  if (step < lastStep(slides[index])) return { index, step: step + 1 }
  if (index < slides.length - 1) return { index: index + 1, step: 0 }
  return { index, step }
}

export function previousPosition(slides: readonly Slide[], { index, step }: DeckPosition): DeckPosition {
  if (step > 0) return { index, step: step - 1 }
  if (index > 0) return { index: index - 1, step: lastStep(slides[index - 1]) }
  return { index, step }
}

export function firstPosition(): DeckPosition {
  return { index: 0, step: 0 }
}

export function endPosition(slides: readonly Slide[]): DeckPosition {
  const index = slides.length - 1
  return { index, step: lastStep(slides[index]) }
}

/** Slide numbers as people say them (1-based), clamped to the deck. */
export function jumpPosition(slides: readonly Slide[], slideNumber: number): DeckPosition {
  const index = Math.min(Math.max(Math.trunc(slideNumber) - 1, 0), slides.length - 1)
  return { index, step: 0 }
}
