import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'

export interface Figure {
  name: string
  value: number
  unit: string
  /** What we aim for, in words, e.g. "< 20 ms". */
  target?: string
}

export const FIGURES_DIR = resolve('tests/output/bench')

/** Saves one bench file's measured figures; `npm run bench` gathers them into the README. */
export function recordFigures(group: string, figures: Figure[]): void {
  mkdirSync(FIGURES_DIR, { recursive: true })
  writeFileSync(resolve(FIGURES_DIR, `${group}.json`), JSON.stringify({ group, measuredAt: new Date().toISOString(), figures }, null, 2))
  for (const figure of figures) console.log(`[bench] ${group} · ${figure.name}: ${figure.value} ${figure.unit}${figure.target ? ` (target ${figure.target})` : ''}`)
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

export const round2 = (value: number) => Math.round(value * 100) / 100

export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024)
}
