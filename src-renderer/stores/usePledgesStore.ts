import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ApiInput, ApiOutput } from '@contract'
import type { PledgePhoto } from '@contract/pledgePhotos'
import type { Pledge } from '@contract/pledges'
import type { PledgeKind } from '@contract/caseworkValues'
import { invoke } from '../api/client'
import { i18n } from '../i18n'
import { errorMessage } from '../logic/errorMessage'

type Template = ApiOutput<'pledges.template.get'>
const uiLocale = () => (i18n.global.locale.value === 'en' ? 'en' : 'zh-CN')

/** The pledge template and the pledges signed at the open session. */
export const usePledgesStore = defineStore('pledges', () => {
  const sessionId = ref('')
  const items = ref<Pledge[]>([])
  const template = ref<Template | null>(null)
  const error = ref<string | null>(null)

  async function load(id: string): Promise<void> {
    sessionId.value = id
    error.value = null
    try {
      const [list, loaded] = await Promise.all([invoke('pledges.list', { sessionId: id }), invoke('pledges.template.get', { locale: uiLocale() })])
      if (sessionId.value !== id) return
      items.value = list.items
      template.value = loaded
    } catch (failure) {
      error.value = errorMessage(failure)
    }
  }

  async function record(kind: PledgeKind, attendeeId?: string): Promise<void> {
    await invoke('pledges.record', { sessionId: sessionId.value, kind, ...(attendeeId ? { attendeeId } : {}) })
    await load(sessionId.value)
  }

  async function remove(pledgeId: string): Promise<void> {
    await invoke('pledges.remove', { pledgeId })
    await load(sessionId.value)
  }

  async function loadTemplate(): Promise<Template> {
    template.value = await invoke('pledges.template.get', { locale: uiLocale() })
    return template.value
  }

  async function saveTemplate(next: { title: string; body: string } | null): Promise<void> {
    template.value = await invoke('pledges.template.update', { template: next, locale: uiLocale() })
  }

  const photos = async (id: string): Promise<PledgePhoto[]> => (await invoke('pledges.photos', { sessionId: id })).items
  const addPhoto = (input: ApiInput<'pledges.addPhoto'>): Promise<PledgePhoto> => invoke('pledges.addPhoto', input)
  const removePhoto = async (photoId: string): Promise<void> => {
    await invoke('pledges.removePhoto', { photoId })
  }

  return { sessionId, items, template, error, load, record, remove, loadTemplate, saveTemplate, photos, addPhoto, removePhoto }
})
