import { onMounted, ref, shallowRef, watch, type Ref } from 'vue'
import type { DeckFile } from '@contract/deckFormat'
import type { DeckSummary } from '@contract/decks'
import type { Session } from '@contract/sessions'
import { invoke } from '../api/client'
import { errorMessage } from '../logic/errorMessage'

/** The decks to choose from and the chosen deck, loaded whole. */
export function usePrintDeck(deckId: Ref<string>) {
  const decks = ref<DeckSummary[]>([])
  const deck = shallowRef<DeckFile | null>(null)
  const error = ref('')
  onMounted(async () => {
    try {
      decks.value = (await invoke('decks.list', {})).items
    } catch (caught) {
      error.value = errorMessage(caught)
    }
  })
  watch(
    deckId,
    async (id) => {
      deck.value = null
      if (!id) return
      try {
        error.value = ''
        deck.value = await invoke('decks.get', { id })
      } catch (caught) {
        error.value = errorMessage(caught)
      }
    },
    { immediate: true },
  )
  return { decks, deck, error }
}

/** The sessions to choose from and the chosen one. */
export function usePrintSession(sessionId: Ref<string>) {
  const sessions = ref<Session[]>([])
  const session = shallowRef<Session | null>(null)
  const error = ref('')
  onMounted(async () => {
    try {
      sessions.value = (await invoke('sessions.list', {})).items
    } catch (caught) {
      error.value = errorMessage(caught)
    }
  })
  watch(
    sessionId,
    async (id) => {
      session.value = null
      if (!id) return
      try {
        error.value = ''
        session.value = await invoke('sessions.get', { id })
      } catch (caught) {
        error.value = errorMessage(caught)
      }
    },
    { immediate: true },
  )
  return { sessions, session, error }
}
