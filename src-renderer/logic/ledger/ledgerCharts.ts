import type { GridCoverage, LedgerTrend } from '@contract/ledger'
import { UI_FONT_FAMILY } from '../uiFont'

const FONT = { fontFamily: UI_FONT_FAMILY, fontSize: 15 }
const base = { textStyle: FONT, animation: false, legend: { top: 0, textStyle: FONT } }
const percent = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 10)
const percentAxis = { type: 'value' as const, min: 0, axisLabel: { ...FONT, formatter: '{value}%' } }
const percentTooltip = { trigger: 'axis' as const, textStyle: FONT, valueFormatter: (value: unknown) => (value == null ? '—' : `${value}%`) }

/** Lines once there is a trend to see; with one or two months, bars that do not vanish on the axis. */
export function rateChart(trends: readonly LedgerTrend[], labels: { installRate: string; registrationRate: string }) {
  const type = trends.length < 3 ? ('bar' as const) : ('line' as const)
  return {
    ...base,
    tooltip: percentTooltip,
    grid: { left: 55, right: 25, top: 45, bottom: 35 },
    xAxis: { type: 'category' as const, data: trends.map((row) => row.month), axisLabel: FONT },
    yAxis: percentAxis,
    series: [
      { name: labels.installRate, type, barMaxWidth: 48, color: '#1f4e96', symbolSize: 9, connectNulls: true, data: trends.map((row) => percent(row.installRate)) },
      { name: labels.registrationRate, type, barMaxWidth: 48, color: '#1e7b34', symbolSize: 9, connectNulls: true, data: trends.map((row) => percent(row.registrationRate)) },
    ],
  }
}

export function coverageChart(coverage: readonly GridCoverage[], labels: { householdCoverage: string; residentCoverage: string; noGrid: string }) {
  const grids = coverage.filter((row) => row.gridId !== null)
  return {
    ...base,
    tooltip: { ...percentTooltip, axisPointer: { type: 'shadow' as const } },
    grid: { left: 10, right: 30, top: 45, bottom: 20, containLabel: true },
    xAxis: { ...percentAxis, max: 100 },
    yAxis: { type: 'category' as const, data: grids.map((row) => row.gridName ?? labels.noGrid), axisLabel: FONT, inverse: true },
    series: [
      { name: labels.householdCoverage, type: 'bar' as const, barMaxWidth: 28, color: '#1f4e96', data: grids.map((row) => percent(row.householdCoverage)) },
      { name: labels.residentCoverage, type: 'bar' as const, barMaxWidth: 28, color: '#c62828', data: grids.map((row) => percent(row.residentCoverage)) },
    ],
  }
}

export function materialsChart(trends: readonly LedgerTrend[], labels: { leaflets: string; booklets: string; posters: string }) {
  return {
    ...base,
    tooltip: { trigger: 'axis' as const, textStyle: FONT, axisPointer: { type: 'shadow' as const } },
    grid: { left: 55, right: 25, top: 45, bottom: 35 },
    xAxis: { type: 'category' as const, data: trends.map((row) => row.month), axisLabel: FONT },
    yAxis: { type: 'value' as const, minInterval: 1, axisLabel: FONT },
    series: [
      { name: labels.leaflets, type: 'bar' as const, stack: 'materials', barMaxWidth: 64, color: '#1f4e96', data: trends.map((row) => row.leaflets) },
      { name: labels.booklets, type: 'bar' as const, stack: 'materials', color: '#7a4b00', data: trends.map((row) => row.booklets) },
      { name: labels.posters, type: 'bar' as const, stack: 'materials', color: '#c62828', data: trends.map((row) => row.posters) },
    ],
  }
}
