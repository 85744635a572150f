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

/**
 * As few pages as `chunk`, with the slides spread evenly over them (the earlier pages take the one extra),
 * so the last page is never one slide under an almost empty sheet: 10 slides three a page print 3, 3, 2, 2.
 */
export function balancedChunks<T>(items: readonly T[], size: number): T[][] {
  const pageCount = Math.ceil(items.length / size)
  const pages: T[][] = []
  let start = 0
  for (let page = 0; page < pageCount; page++) {
    const count = Math.ceil((items.length - start) / (pageCount - page))
    pages.push(items.slice(start, start + count))
    start += count
  }
  return pages
}
