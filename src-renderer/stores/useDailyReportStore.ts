import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ReportPeriod } from '@contract/dailyReport'
import { invoke } from '../api/client'
import { i18n } from '../i18n'
import { localDate } from '../logic/signUpDraft'

/** The work-group report (日报/周报/月报): its text, built by the main process from the records, and the worker's two lines. */
export const useDailyReportStore = defineStore('dailyReport', () => {
  const period = ref<ReportPeriod>('day')
  const date = ref(localDate(new Date().toISOString()))
  const highlight = ref('')
  const problem = ref('')
  const text = ref('')

  async function load(): Promise<void> {
    const locale = i18n.global.locale.value === 'en' ? 'en' : 'zh-CN'
    const asked = { date: date.value, period: period.value, highlight: highlight.value, problem: problem.value, locale } as const
    const answer = await invoke('reports.dailyText', asked)
    if (asked.date === date.value && asked.period === period.value && asked.highlight === highlight.value && asked.problem === problem.value) text.value = answer.text
  }

  async function copy(): Promise<void> {
    await load()
    await navigator.clipboard.writeText(text.value)
  }

  return { period, date, highlight, problem, text, load, copy }
})
