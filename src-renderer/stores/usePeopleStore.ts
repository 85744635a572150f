import { defineStore } from 'pinia'
import { reactive, ref } from 'vue'
import type { ApiInput, ApiOutput } from '@contract'
import type { DuplicatePair, PersonListItem } from '@contract/peopleAdmin'
import { invoke } from '../api/client'
import type { AgeGroup } from '../logic/signUpDraft'

export const PEOPLE_PAGE_SIZE = 50

/** The People page: one page of the list at a time (the search runs in the main process), and the duplicates. */
export const usePeopleStore = defineStore('people', () => {
  const filter = reactive({ query: '', neighbourhood: '', ageGroup: '' as AgeGroup | '' })
  const offset = ref(0)
  const items = ref<PersonListItem[]>([])
  const total = ref(0)
  const loading = ref(false)
  const loadError = ref<string | null>(null)
  const neighbourhoods = ref<string[]>([])
  const pairs = ref<DuplicatePair[]>([])
  let latest = 0

  const askedFilter = () => ({ query: filter.query.trim().slice(0, 40) || undefined, neighbourhood: filter.neighbourhood || undefined, ageGroup: filter.ageGroup || undefined })

  async function load(): Promise<void> {
    const ticket = ++latest
    const asked = askedFilter()
    // A keystroke typed while this answer is on its way makes it stale at once, even before the next search starts.
    const stale = () => ticket !== latest || JSON.stringify(askedFilter()) !== JSON.stringify(asked)
    loading.value = true
    try {
      const answer = await invoke('people.list', { ...asked, offset: offset.value, limit: PEOPLE_PAGE_SIZE })
      if (stale()) return
      items.value = answer.items
      total.value = answer.total
      loadError.value = null
      // A page emptied by a delete or merge steps back rather than showing nothing.
      if (answer.items.length === 0 && offset.value > 0) {
        offset.value = Math.max(0, offset.value - PEOPLE_PAGE_SIZE)
        await load()
      }
    } catch (error) {
      if (!stale()) loadError.value = error instanceof Error ? error.message : String(error)
    } finally {
      if (!stale()) loading.value = false
    }
  }

  function search(): Promise<void> {
    offset.value = 0
    return load()
  }

  function turnPage(direction: 1 | -1): Promise<void> {
    offset.value = Math.max(0, offset.value + direction * PEOPLE_PAGE_SIZE)
    return load()
  }

  async function loadNeighbourhoods(): Promise<void> {
    neighbourhoods.value = (await invoke('people.neighbourhoods', {})).items.map((item) => item.name)
  }

  function get(id: string): Promise<ApiOutput<'people.get'>> {
    return invoke('people.get', { id })
  }

  async function update(input: ApiInput<'people.update'>): Promise<PersonListItem> {
    const person = await invoke('people.update', input)
    await load()
    return person
  }

  async function remove(id: string): Promise<ApiOutput<'people.delete'>> {
    const removed = await invoke('people.delete', { id })
    await Promise.all([load(), loadDuplicates()])
    return removed
  }

  async function loadDuplicates(): Promise<void> {
    pairs.value = (await invoke('people.duplicates', {})).pairs
  }

  async function merge(keepId: string, mergeId: string): Promise<ApiOutput<'people.merge'>> {
    const result = await invoke('people.merge', { keepId, mergeId })
    await Promise.all([load(), loadDuplicates()])
    return result
  }

  async function markDistinct(aId: string, bId: string): Promise<void> {
    await invoke('people.markDistinct', { aId, bId })
    await loadDuplicates()
  }

  return {
    filter,
    offset,
    items,
    total,
    loading,
    loadError,
    neighbourhoods,
    pairs,
    load,
    search,
    turnPage,
    loadNeighbourhoods,
    get,
    update,
    remove,
    loadDuplicates,
    merge,
    markDistinct,
  }
})
