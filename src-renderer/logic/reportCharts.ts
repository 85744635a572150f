import type { ApiOutput } from '@contract'
import { UI_FONT_FAMILY } from './uiFont'

type Summary = ApiOutput<'reports.summary'>

export interface ChartLabels {
  sessions: string
  attendances: string
  uniquePeople: string
}

const FONT = { fontFamily: UI_FONT_FAMILY, fontSize: 15 }
const COLORS = ['#1f4e96', '#c62828', '#1e7b34', '#7a4b00']
// The same measure has the same colour in every chart.
const SERIES_COLOR = { attendances: '#1f4e96', uniquePeople: '#c62828', sessions: '#1e7b34' }

const base = {
  color: COLORS,
  textStyle: FONT,
  animation: false,
  tooltip: { trigger: 'axis' as const, textStyle: FONT },
}

/** Attendances and people as bars, sessions as a line on its own axis. */
export function monthlyChart(byMonth: Summary['byMonth'], labels: ChartLabels) {
  return {
    ...base,
    legend: { top: 0, textStyle: FONT },
    grid: { left: 50, right: 50, top: 45, bottom: 35 },
    xAxis: { type: 'category' as const, data: byMonth.map((m) => m.month), axisLabel: FONT },
    yAxis: [
      { type: 'value' as const, minInterval: 1, axisLabel: FONT },
      { type: 'value' as const, minInterval: 1, axisLabel: FONT, splitLine: { show: false } },
    ],
    series: [
      { name: labels.attendances, type: 'bar' as const, color: SERIES_COLOR.attendances, data: byMonth.map((m) => m.attendances) },
      { name: labels.uniquePeople, type: 'bar' as const, color: SERIES_COLOR.uniquePeople, data: byMonth.map((m) => m.uniquePeople) },
      { name: labels.sessions, type: 'line' as const, color: SERIES_COLOR.sessions, yAxisIndex: 1, data: byMonth.map((m) => m.sessions), symbolSize: 8 },
    ],
  }
}

/** Horizontal bars, biggest place on top; long place names are cut for the axis. */
export function placeChart(byPlace: Summary['byPlace'], labels: ChartLabels, limit = 10) {
  const top = byPlace.slice(0, limit).reverse()
  return {
    ...base,
    tooltip: { ...base.tooltip, axisPointer: { type: 'shadow' as const } },
    legend: { top: 0, textStyle: FONT },
    grid: { left: 10, right: 30, top: 40, bottom: 20, containLabel: true },
    xAxis: { type: 'value' as const, minInterval: 1, axisLabel: FONT },
    yAxis: { type: 'category' as const, data: top.map((p) => p.place), axisLabel: { ...FONT, width: 180, overflow: 'truncate' as const } },
    series: [
      { name: labels.attendances, type: 'bar' as const, color: SERIES_COLOR.attendances, data: top.map((p) => p.attendances) },
      { name: labels.sessions, type: 'bar' as const, color: SERIES_COLOR.sessions, data: top.map((p) => p.sessions) },
    ],
  }
}

export function ageChart(byAgeGroup: Summary['byAgeGroup'], ageLabel: (group: string | null) => string, peopleLabel: string) {
  return {
    ...base,
    tooltip: { ...base.tooltip, axisPointer: { type: 'shadow' as const } },
    grid: { left: 50, right: 20, top: 20, bottom: 35 },
    xAxis: { type: 'category' as const, data: byAgeGroup.map((a) => ageLabel(a.ageGroup)), axisLabel: FONT },
    yAxis: { type: 'value' as const, minInterval: 1, axisLabel: FONT },
    series: [
      {
        name: peopleLabel,
        type: 'bar' as const,
        color: SERIES_COLOR.uniquePeople,
        data: byAgeGroup.map((a) => a.people),
        label: { show: true, position: 'top' as const, ...FONT },
      },
    ],
  }
}
