import { DECK_FORMAT_VERSION, type DeckFile } from '@contract/deckFormat'
import { invoke } from '../api/client'
import { fileToBase64 } from '../logic/fileTransfer'

/** Reading, adding pictures to and saving one deck being edited. */
export function useDeckEditing() {
  function fetchDeck(id: string): Promise<DeckFile> {
    return invoke('decks.get', { id })
  }

  /** Returns the name the picture is stored under in the deck. */
  async function addDeckImage(deckId: string, file: File): Promise<string> {
    const { name } = await invoke('decks.addImage', { deckId, fileName: file.name, dataBase64: await fileToBase64(file) })
    return name
  }

  /** A saved deck is written in the current format, so an older copy may take up fields that came later (pictograms). */
  async function saveDeck(deck: DeckFile): Promise<void> {
    await invoke('decks.save', { deck: { ...deck, version: DECK_FORMAT_VERSION } })
  }

  return { fetchDeck, addDeckImage, saveDeck }
}
