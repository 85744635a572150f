import { computed, ref, type Ref } from 'vue'
import type { Slide } from '@contract/deckFormat'
import { endPosition, firstPosition, jumpPosition, nextPosition, previousPosition, type DeckPosition } from '../logic/deckNavigation'

export type Blank = 'none' | 'black' | 'white'

/** The presenter's place in the deck, reveal step and blanking; moving always un-blanks. */
export function useDeckNavigation(slides: Ref<readonly Slide[]>) {
  const position = ref<DeckPosition>(firstPosition())
  const blank = ref<Blank>('none')

  const move = (to: DeckPosition) => {
    blank.value = 'none'
    position.value = to
  }

  return {
    position,
    blank,
    current: computed(() => slides.value[position.value.index]),
    upcoming: computed(() => slides.value[position.value.index + 1]),
    next: () => move(nextPosition(slides.value, position.value)),
    previous: () => move(previousPosition(slides.value, position.value)),
    first: () => move(firstPosition()),
    last: () => move(endPosition(slides.value)),
    jumpTo: (slideNumber: number) => move(jumpPosition(slides.value, slideNumber)),
    goToIndex: (index: number) => move({ index, step: 0 }),
    toggleBlank: (colour: Exclude<Blank, 'none'>) => {
      blank.value = blank.value === colour ? 'none' : colour
    },
  }
}
