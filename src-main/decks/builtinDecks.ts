import { deckFileSchema, type DeckFile } from '../contract/deckFormat'

// Bundled at build time, so neither Electron nor `serve` needs to find resources/ on disk at runtime.
const files = import.meta.glob<unknown>('../../resources/decks/*.json', { eager: true, import: 'default' })

function parseBuiltIn([path, raw]: [string, unknown]): DeckFile {
  const parsed = deckFileSchema.safeParse(raw)
  if (!parsed.success) throw new Error(`Built-in deck ${path} is invalid: ${parsed.error.message}`)
  return { ...parsed.data, builtIn: true }
}

/** The decks shipped with the app, in a stable order; read-only. */
export const builtinDecks: readonly DeckFile[] = Object.entries(files)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(parseBuiltIn)

export function findBuiltinDeck(id: string): DeckFile | undefined {
  return builtinDecks.find((deck) => deck.id === id)
}
