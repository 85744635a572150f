import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ApiInput, ApiOutput } from '@contract'
import type { AppSettings } from '@contract/settings'
import { invoke } from '../api/client'
import { errorMessage } from '../logic/errorMessage'

export const useSettingsStore = defineStore('settings', () => {
  const settings = ref<AppSettings | null>(null)
  const loadError = ref<string | null>(null)

  async function load(): Promise<void> {
    try {
      settings.value = await invoke('settings.get', {})
      loadError.value = null
    } catch (error) {
      loadError.value = errorMessage(error)
    }
  }

  /** Throws ApiCallError with per-field messages when refused. */
  async function update(input: ApiInput<'settings.update'>): Promise<AppSettings> {
    settings.value = await invoke('settings.update', input)
    return settings.value
  }

  function previewPurge(): Promise<ApiOutput<'privacy.purgePreview'>> {
    return invoke('privacy.purgePreview', {})
  }

  function purge(cutoff: string): Promise<ApiOutput<'privacy.purge'>> {
    return invoke('privacy.purge', { cutoff })
  }

  return { settings, loadError, load, update, previewPurge, purge }
})
