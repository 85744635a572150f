/**
 * How the tip handout is laid out: at a fixed text size on as many pages as it needs, or (one sheet) at the
 * largest size and the fewest columns that fit one side, else both sides, of one sheet. Pages are balanced
 * so that the last one is never a few lines under an almost empty sheet.
 */
export type HandoutSize = 'large' | 'extraLarge' | 'oneSheet'

/** Below this, older readers struggle; the one-sheet handout never goes smaller. */
export const MIN_BODY_PT = 14
const FIXED_BODY_PT = { large: 14, extraLarge: 18 } as const
const ONE_SHEET_BODY_PT = [20, 19, 18, 17, 16, 15, 14] as const

export interface HandoutTry {
  bodyPt: number
  columns: 1 | 2
  /** The try is taken only if its pages fit into this many, */
  maxPages: number
  /** and, if so asked, only if no page but an only one is less than half full. */
  balanced: boolean
}

/** How much larger than asked the fixed sizes may print to fill what would be a nearly empty last page. */
const GROW_PT = [0, 1, 2, 3]

/**
 * The layouts to try, best first; the last one is taken if none fits. A fixed size may grow a little so a
 * few lines do not sit alone on the last page; one sheet prefers one side at the largest size, then two.
 */
export function handoutTries(size: HandoutSize): HandoutTry[] {
  if (size !== 'oneSheet') {
    const bodyPt = FIXED_BODY_PT[size]
    return [
      ...GROW_PT.map((grow) => ({ bodyPt: bodyPt + grow, columns: 1 as const, maxPages: Infinity, balanced: true })),
      { bodyPt, columns: 1, maxPages: Infinity, balanced: false },
    ]
  }
  const sizes = (maxPages: number, balanced: boolean) => ONE_SHEET_BODY_PT.flatMap((bodyPt) => ([1, 2] as const).map((columns) => ({ bodyPt, columns, maxPages, balanced })))
  return [...sizes(1, false), ...sizes(2, true), ...sizes(2, false)]
}

/** Headings and the title grow with the body text, in the proportions of the fixed sizes. */
export function handoutFontSizes(bodyPt: number): Record<'--body-size' | '--heading-size' | '--title-size', string> {
  return { '--body-size': `${bodyPt}pt`, '--heading-size': `${Math.round(bodyPt * 1.18)}pt`, '--title-size': `${Math.round(bodyPt * 1.68)}pt` }
}

export interface MeasuredHandout {
  /** The title across the top of the first page, full width. */
  title: number
  /** Every other block at the width of one column. */
  blocks: readonly number[]
  /** Space above each block when it is not the first in its column (0 where a block carries on the one before). */
  gaps: readonly number[]
  /** Extra height a block needs at the top or the bottom of a column (a box drawn in pieces closes there). */
  closeTop?: readonly number[]
  closeBottom?: readonly number[]
}

/** Each page's columns, each a list of block indexes; the title sits on top of the first page. */
export type HandoutPages = number[][][]

/** How far down each page its content reaches, as a share of the page's height (its fullest column). */
export function pageFills(measured: MeasuredHandout, pages: HandoutPages, pageHeight: number, titleGap: number): number[] {
  const columnHeight = (column: number[]) => column.reduce((sum, index, position) => sum + measured.blocks[index] + (position ? measured.gaps[index] : 0), 0)
  return pages.map((page, pageIndex) => ((pageIndex === 0 ? measured.title + titleGap : 0) + Math.max(0, ...page.map(columnHeight))) / pageHeight)
}

/** A little over half, for the difference between measured and printed heights. */
const HALF_FULL = 0.55

export function isBalanced(fills: readonly number[]): boolean {
  return fills.length < 2 || fills.every((fill) => fill >= HALF_FULL)
}

function fill(measured: MeasuredHandout, columns: number, capacity: number, titleGap: number, slack: number): HandoutPages {
  const pages: HandoutPages = [[[]]]
  let used = 0
  const room = () => (pages.length === 1 ? capacity - measured.title - titleGap : capacity) - slack
  const top = (index: number) => measured.closeTop?.[index] ?? 0
  const bottom = (index: number) => measured.closeBottom?.[index] ?? 0
  measured.blocks.forEach((height, index) => {
    let page = pages[pages.length - 1]
    let column = page[page.length - 1]
    const needed = (column.length ? measured.gaps[index] : top(index)) + height
    if (column.length && used + needed + bottom(index) > room()) {
      if (page.length < columns) page.push([])
      else pages.push([[]])
      page = pages[pages.length - 1]
      column = page[page.length - 1]
      used = 0
    }
    column.push(index)
    used += column.length > 1 ? needed : top(index) + height
  })
  return pages
}

/**
 * Fills the columns in reading order, then takes away as much room from every page as it can without
 * needing another page, so the content spreads evenly instead of leaving the last page nearly empty.
 */
export function packHandout(measured: MeasuredHandout, columns: number, capacity: number, titleGap: number): HandoutPages {
  const greedy = fill(measured, columns, capacity, titleGap, 0)
  if (greedy.length < 2) return greedy
  let low = 0
  let high = capacity / 2
  for (let step = 0; step < 24; step++) {
    const slack = (low + high) / 2
    if (fill(measured, columns, capacity, titleGap, slack).length === greedy.length) low = slack
    else high = slack
  }
  return fill(measured, columns, capacity, titleGap, low)
}
