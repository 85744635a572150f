import { ref, watch, type Ref } from 'vue'
import type { DeckFile } from '@contract/deckFormat'
import { invoke } from '../api/client'

/** Data URLs for every picture a deck's slides name, fetched once each. */
export function useDeckImages(deck: Ref<DeckFile | null>) {
  const images = ref<Record<string, string>>({})

  async function fetchMissing() {
    const current = deck.value
    if (!current) return
    const names = current.slides.flatMap((slide) => (slide.kind === 'imageText' && slide.image ? [slide.image] : []))
    for (const name of names) {
      if (images.value[name]) continue
      const { dataUrl } = await invoke('decks.image', { deckId: current.id, name })
      if (dataUrl) images.value = { ...images.value, [name]: dataUrl }
    }
  }

  watch(deck, () => void fetchMissing().catch(() => undefined), { immediate: true, deep: true })
  return { images }
}
