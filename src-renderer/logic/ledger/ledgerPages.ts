/**
 * Rows per printed page. Cells never wrap (long names are cut with an ellipsis), so every row has the
 * same height and a fixed count fills a page; the first page also carries the title and summary.
 */
export const LEDGER_ROWS = {
  A4: { first: 15, next: 21 },
  A5: { first: 7, next: 12 },
} as const

export function splitLedgerRows<T>(rows: readonly T[], paper: keyof typeof LEDGER_ROWS): T[][] {
  const { first, next } = LEDGER_ROWS[paper]
  const pages: T[][] = [rows.slice(0, first)]
  for (let start = first; start < rows.length; start += next) pages.push(rows.slice(start, start + next))
  return pages
}

/** Photos print as a contact sheet of this many columns and rows per page. */
export const PHOTO_GRID = { A4: { columns: 4, rows: 3 }, A5: { columns: 3, rows: 2 } } as const

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = []
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size))
  return pages
}
