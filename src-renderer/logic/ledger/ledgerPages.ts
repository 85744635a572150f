/**
 * One-line rows per printed page; the first page also carries the title and summary. Long names wrap
 * rather than being cut, so a row of several lines counts as that many rows.
 */
export const LEDGER_ROWS = {
  A4: { first: 15, next: 21 },
  A5: { first: 7, next: 12 },
} as const

export function splitLedgerRows<T>(rows: readonly T[], paper: keyof typeof LEDGER_ROWS, linesOf: (row: T) => number = () => 1): T[][] {
  const { first, next } = LEDGER_ROWS[paper]
  const pages: T[][] = [[]]
  let used = 0
  for (const row of rows) {
    const lines = Math.max(1, linesOf(row))
    const room = pages.length === 1 ? first : next
    if (used + lines > room && pages[pages.length - 1].length) {
      pages.push([])
      used = 0
    }
    pages[pages.length - 1].push(row)
    used += lines
  }
  return pages
}

/** Characters of Chinese text that fit on one line of each wrapping column of the printed ledger (9.5 pt). */
const LINE_CHARS = { title: 10, place: 9, presenters: 5 } as const

/** Roughly how wide text prints, in Chinese characters: Latin letters and digits take about half. */
function printedWidth(text: string): number {
  let width = 0
  for (const char of text) width += char.charCodeAt(0) > 0x2e7f ? 1 : 0.55
  return width
}

/** How many lines a ledger row takes once its title, place and presenters wrap. */
export function ledgerRowLines(row: { title: string; place: string; gridName?: string | null; presenters?: string | null }): number {
  const place = row.gridName ? `${row.place}（${row.gridName}）` : row.place
  return Math.max(
    Math.ceil(printedWidth(row.title) / LINE_CHARS.title),
    Math.ceil(printedWidth(place) / LINE_CHARS.place),
    Math.ceil(printedWidth(row.presenters ?? '') / LINE_CHARS.presenters),
    1,
  )
}

/** Photos print as a contact sheet of this many columns and rows per page. */
export const PHOTO_GRID = { A4: { columns: 4, rows: 3 }, A5: { columns: 3, rows: 2 } } as const

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = []
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size))
  return pages
}
