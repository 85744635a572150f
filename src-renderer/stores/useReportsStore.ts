import { ref } from 'vue'
import { defineStore } from 'pinia'
import { invoke } from '../api/client'
import { i18n } from '../i18n'
import type { ApiOutput } from '@contract'
import { base64ToBytes, CSV_TYPE, saveDownload, XLSX_TYPE } from '../logic/fileTransfer'
import { yearRange, type DayRange } from '../logic/reportRange'
import { errorMessage } from '../logic/errorMessage'

/** The reports dashboard: a date range and the counts for it (never a name or phone). */
export const useReportsStore = defineStore('reports', () => {
  const range = ref<DayRange>(yearRange(new Date().getFullYear()))
  const summary = ref<ApiOutput<'reports.summary'> | null>(null)
  const loading = ref(false)
  const error = ref('')

  const rangeInput = () => ({ from: range.value.from || undefined, to: range.value.to || undefined })

  async function load(): Promise<void> {
    loading.value = true
    error.value = ''
    try {
      summary.value = await invoke('reports.summary', rangeInput())
    } catch (failure) {
      error.value = errorMessage(failure)
    } finally {
      loading.value = false
    }
  }

  async function exportSummary(format: 'csv' | 'xlsx'): Promise<string> {
    const locale = i18n.global.locale.value === 'en' ? 'en' : 'zh-CN'
    const { fileName, dataBase64 } = await invoke('reports.exportSummary', { ...rangeInput(), format, locale })
    saveDownload(fileName, new Blob([base64ToBytes(dataBase64)], { type: format === 'csv' ? CSV_TYPE : XLSX_TYPE }))
    return fileName
  }

  return { range, summary, loading, error, load, exportSummary }
})
