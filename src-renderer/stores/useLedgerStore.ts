import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { GridCoverage, LedgerReport, LedgerTrend } from '@contract/ledger'
import { invoke } from '../api/client'
import { i18n } from '../i18n'
import { base64ToBytes, saveDownload, XLSX_TYPE } from '../logic/fileTransfer'
import { monthOf, monthRange, type LedgerRange } from '../logic/ledger/ledgerRange'
import { errorMessage } from '../logic/errorMessage'

/** The ledger for a chosen range: its table, coverage per grid and monthly trends. */
export const useLedgerStore = defineStore('ledger', () => {
  const range = ref<LedgerRange>(monthRange(monthOf(new Date())))
  const report = ref<LedgerReport | null>(null)
  const coverage = ref<GridCoverage[]>([])
  const trends = ref<LedgerTrend[]>([])
  const loading = ref(false)
  const error = ref<string | null>(null)

  async function load(): Promise<void> {
    const asked = { ...range.value }
    loading.value = true
    error.value = null
    try {
      const [nextReport, nextCoverage, nextTrends] = await Promise.all([invoke('ledger.report', asked), invoke('ledger.coverage', asked), invoke('ledger.trends', asked)])
      if (asked.from !== range.value.from || asked.to !== range.value.to) return
      report.value = nextReport
      coverage.value = nextCoverage.items
      trends.value = nextTrends.items
    } catch (failure) {
      error.value = errorMessage(failure)
    } finally {
      loading.value = false
    }
  }

  /** Trends and coverage for a range other than the ledger's own (Reports shows them for its range), leaving the ledger as it is. */
  async function loadCharts(asked: LedgerRange): Promise<{ trends: LedgerTrend[]; coverage: GridCoverage[] }> {
    const [nextTrends, nextCoverage] = await Promise.all([invoke('ledger.trends', asked), invoke('ledger.coverage', asked)])
    return { trends: nextTrends.items, coverage: nextCoverage.items }
  }

  async function exportXlsx(): Promise<string> {
    const locale = i18n.global.locale.value === 'en' ? 'en' : 'zh-CN'
    const { fileName, dataBase64 } = await invoke('ledger.exportXlsx', { ...range.value, locale })
    saveDownload(fileName, new Blob([base64ToBytes(dataBase64)], { type: XLSX_TYPE }))
    return fileName
  }

  return { range, report, coverage, trends, loading, error, load, loadCharts, exportXlsx }
})
