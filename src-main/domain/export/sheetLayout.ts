import type { PageSetup } from 'exceljs'

/** One column of an exported sheet. `dateTime` columns hold Dates and show as local date and time. */
export interface ExportColumn {
  header: string
  /** In characters; at least the header's own width is used. */
  width?: number
  dateTime?: boolean
}

export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm'

/** Past this many characters of columns an A4 page is turned to landscape (about what fits portrait at Excel's margins). */
const PORTRAIT_CHARACTERS = 90

/** How wide text shows in a spreadsheet: Chinese characters take two columns' worth. */
export function displayWidth(text: string): number {
  let width = 0
  for (const char of text) width += char.codePointAt(0)! > 0x2e7f ? 2 : 1
  return width
}

export function columnWidth(column: ExportColumn): number {
  return Math.max(column.width ?? 0, displayWidth(column.header) + 4, 8)
}

/** A4, fitted to the page's width (as many pages down as it needs), landscape when the columns are wide, the header on every page. */
export function a4PageSetup(columns: readonly ExportColumn[]): Partial<PageSetup> {
  const total = columns.reduce((sum, column) => sum + columnWidth(column), 0)
  return {
    paperSize: 9,
    orientation: total > PORTRAIT_CHARACTERS ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:1',
  }
}

/**
 * Excel keeps no time zone: a date cell is the wall-clock time it shows. This Date's UTC fields are the local
 * time of `instant` on this computer, which is where the talk happened.
 */
export function wallClock(instant: Date): Date {
  return new Date(Date.UTC(instant.getFullYear(), instant.getMonth(), instant.getDate(), instant.getHours(), instant.getMinutes(), instant.getSeconds()))
}
