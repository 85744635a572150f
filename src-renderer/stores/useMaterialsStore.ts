import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { ApiInput, ApiOutput } from '@contract'
import type { Material } from '@contract/materials'
import { invoke } from '../api/client'

type SessionUsage = ApiOutput<'materials.sessionUsage'>['items']

/** Materials and prizes with their stock; what a session handed out. */
export const useMaterialsStore = defineStore('materials', () => {
  const items = ref<Material[]>([])
  const low = computed(() => items.value.filter((item) => item.low))

  async function load(): Promise<void> {
    items.value = (await invoke('materials.list', {})).items
  }

  async function create(input: ApiInput<'materials.create'>): Promise<void> {
    await invoke('materials.create', input)
    await load()
  }

  async function receive(materialId: string, quantity: number): Promise<void> {
    await invoke('materials.receive', { materialId, quantity })
    await load()
  }

  async function handOut(materialId: string, sessionId: string, quantity: number): Promise<void> {
    await invoke('materials.handOut', { materialId, sessionId, quantity })
    await load()
  }

  async function sessionUsage(sessionId: string): Promise<SessionUsage> {
    return (await invoke('materials.sessionUsage', { sessionId })).items
  }

  return { items, low, load, create, receive, handOut, sessionUsage }
})
