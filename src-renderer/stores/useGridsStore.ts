import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ApiInput } from '@contract'
import type { Grid } from '@contract/grids'
import { invoke } from '../api/client'
import { errorMessage } from '../logic/errorMessage'

/** The grids (网格) a worker's sessions can belong to. */
export const useGridsStore = defineStore('grids', () => {
  const grids = ref<Grid[]>([])
  const loaded = ref(false)
  const error = ref<string | null>(null)

  async function load(): Promise<void> {
    try {
      grids.value = (await invoke('grids.list', {})).items
      loaded.value = true
      error.value = null
    } catch (failure) {
      error.value = errorMessage(failure)
    }
  }

  async function create(input: ApiInput<'grids.create'>): Promise<Grid> {
    const grid = await invoke('grids.create', input)
    await load()
    return grid
  }

  async function update(input: ApiInput<'grids.update'>): Promise<Grid> {
    const grid = await invoke('grids.update', input)
    await load()
    return grid
  }

  async function remove(id: string): Promise<void> {
    await invoke('grids.delete', { id })
    await load()
  }

  return { grids, loaded, error, load, create, update, remove }
})
