import type { PaperSize } from './paper'
import { pageBox } from './paper'
import { chunk } from './slideLayouts'

/** Elderly hands need room: a signature row is never shorter than this. */
export const MIN_ROW_MM = 10
const ROW_MM = 12
/** Title, facts, column headings and the page footer. */
const HEADER_MM = 38
const FOOTER_MM = 8

export function rowsPerPage(paper: PaperSize): number {
  const usable = pageBox(paper).contentHeightMm - HEADER_MM - FOOTER_MM
  return Math.max(1, Math.floor(usable / ROW_MM))
}

export function rowHeightMm(paper: PaperSize): number {
  const usable = pageBox(paper).contentHeightMm - HEADER_MM - FOOTER_MM
  return Math.max(MIN_ROW_MM, usable / rowsPerPage(paper))
}

export interface SheetRow<T> {
  number: number
  person: T | null
}

/** Pre-filled rows first, then blank ones to fill the last page, and at least `minPages` pages. */
export function signInPages<T>(people: readonly T[], perPage: number, minPages = 1): SheetRow<T>[][] {
  const pageCount = Math.max(minPages, Math.ceil(people.length / perPage), 1)
  const rows: SheetRow<T>[] = Array.from({ length: pageCount * perPage }, (_, index) => ({ number: index + 1, person: people[index] ?? null }))
  return chunk(rows, perPage)
}

/**
 * For a name that two or more people on the sheet share, the phone's last four digits, so that a worker
 * ticking off "张三" finds the right row; empty for every other name.
 */
export function twinTails<T extends { name: string; phoneTail: string }>(people: readonly T[]): string[] {
  const counts = new Map<string, number>()
  for (const person of people) counts.set(person.name, (counts.get(person.name) ?? 0) + 1)
  return people.map((person) => ((counts.get(person.name) ?? 0) > 1 ? person.phoneTail : ''))
}
