import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { DeckSummary } from '@contract/decks'
import type { DeckFile } from '@contract/deckFormat'
import { invoke } from '../api/client'
import { saveDownload } from '../logic/fileTransfer'
import { errorMessage } from '../logic/errorMessage'

export const useDecksStore = defineStore('decks', () => {
  const items = ref<DeckSummary[]>([])
  const loading = ref(false)
  const loadError = ref<string | null>(null)

  async function load(): Promise<void> {
    loading.value = true
    loadError.value = null
    try {
      items.value = (await invoke('decks.list', {})).items
    } catch (error) {
      loadError.value = errorMessage(error)
    } finally {
      loading.value = false
    }
  }

  async function duplicate(id: string): Promise<DeckFile> {
    const copy = await invoke('decks.duplicate', { id })
    await load()
    return copy
  }

  /** Throws ApiCallError whose message lists every problem in the file; nothing is saved then. */
  async function importFile(content: string): Promise<DeckSummary> {
    const imported = await invoke('decks.import', { content })
    await load()
    return imported
  }

  async function exportFile(id: string): Promise<void> {
    const { fileName, content } = await invoke('decks.export', { id })
    saveDownload(fileName, new Blob([content], { type: 'application/json;charset=utf-8' }))
  }

  async function remove(id: string): Promise<void> {
    await invoke('decks.delete', { id })
    await load()
  }

  return { items, loading, loadError, load, duplicate, importFile, exportFile, remove }
})
