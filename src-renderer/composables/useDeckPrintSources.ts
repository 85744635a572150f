import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { useQueryOption } from './useQueryOption'
import { usePrintDeck, usePrintSession } from './usePrintSources'
import { useDeckImages } from './useDeckImages'
import { useLocalContact } from './useLocalContact'
import { effectiveValues, type DeckLanguage } from '../logic/deckText'
import { parseLanguage, parsePaper } from '../logic/print/queryParsers'
import { headerFor } from '../logic/print/printHeader'

/** What every deck printable starts from: paper, deck, session and language from the address, and the filled-in texts. */
export function useDeckPrintSources() {
  const { locale } = useI18n()
  const paper = useQueryOption('paper', parsePaper)
  const deckId = useQueryOption('deck', (raw) => raw ?? 'builtin-seven-tips')
  const sessionId = useQueryOption('session', (raw) => raw ?? '')
  const language = useQueryOption('lang', (raw) => parseLanguage(raw, locale.value === 'en' ? 'en' : 'zh-CN') as DeckLanguage)

  const { decks, deck, error: deckError } = usePrintDeck(deckId)
  const { sessions, session, error: sessionError } = usePrintSession(sessionId)
  const { images } = useDeckImages(deck)
  const contact = useLocalContact()

  const values = computed(() => (deck.value ? effectiveValues(deck.value.variables, language.value, { ...contact }) : {}))
  const header = computed(() => headerFor(session.value, deck.value?.title[language.value] ?? '', locale.value))
  return { paper, deckId, sessionId, language, decks, deck, deckError, sessions, session, sessionError, images, values, header }
}
