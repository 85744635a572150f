import type { Orientation } from './paper'

export const SLIDES_PER_PAGE = [1, 2, 3, 4, 6] as const
export type SlidesPerPage = (typeof SLIDES_PER_PAGE)[number]

export interface SlideLayout {
  perPage: SlidesPerPage
  orientation: Orientation
  columns: number
  rows: number
  /** Ruled lines beside each slide for the listener's own notes. */
  noteLines: boolean
}

/** One slide fills a landscape sheet; more go on portrait sheets in a grid, three with lines to write on. */
export function slideLayout(perPage: SlidesPerPage): SlideLayout {
  switch (perPage) {
    case 1:
      return { perPage, orientation: 'landscape', columns: 1, rows: 1, noteLines: false }
    case 2:
      return { perPage, orientation: 'portrait', columns: 1, rows: 2, noteLines: false }
    case 3:
      return { perPage, orientation: 'portrait', columns: 1, rows: 3, noteLines: true }
    case 4:
      return { perPage, orientation: 'portrait', columns: 2, rows: 2, noteLines: false }
    case 6:
      return { perPage, orientation: 'portrait', columns: 2, rows: 3, noteLines: false }
  }
}

export function isSlidesPerPage(value: number): value is SlidesPerPage {
  return (SLIDES_PER_PAGE as readonly number[]).includes(value)
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = []
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size))
  return pages
}
