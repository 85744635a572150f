import ExcelJS from 'exceljs'
import type { ApiLocale } from '../contract/locale'
import type { LedgerReport } from '../contract/ledger'
import { guardFormula } from '../domain/export/exportTable'
import { localDate } from '../domain/export/exportLabels'
import { fill, ledgerLabels } from './ledgerLabels'
import type { CaseworkCounts } from '../contract/ledgerCasework'
import { addCaseworkSheet } from './ledgerCaseworkSheet'

export interface LedgerPhoto {
  sessionId: string
  fileName: string
  thumbnail: Buffer
}

const THUMB_ROW_HEIGHT = 60
const THUMB_SIZE = { width: 96, height: 72 }
const A4 = 9
const FIRST_COUNT_COLUMN = 7
const WRAPPED_COLUMNS = [3, 4, 6]
const THIN: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } }

/** The activity's local day as a real date cell (Excel keeps dates as days without a time zone). */
function dayCell(iso: string): Date {
  const [year, month, day] = localDate(new Date(iso)).split('-').map(Number)
  return new Date(Date.UTC(year, month - 1, day))
}

/**
 * The ledger as a workbook: a title, the activity table and its totals row, then a sheet with
 * each photo's file name and its thumbnail embedded. Counts and places only; no resident appears.
 */
export async function ledgerWorkbook(report: LedgerReport, photos: readonly LedgerPhoto[], locale: ApiLocale, casework?: CaseworkCounts): Promise<Buffer> {
  const l = ledgerLabels[locale]
  const workbook = new ExcelJS.Workbook()
  // The totals are formulas: Excel and LibreOffice work them out afresh when the file is opened.
  workbook.calcProperties.fullCalcOnLoad = true
  const sheet = workbook.addWorksheet(l.ledgerSheet, {
    views: [{ state: 'frozen', ySplit: 2 }],
    pageSetup: { paperSize: A4, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:2', horizontalCentered: true },
  })
  sheet.mergeCells(1, 1, 1, l.columns.length)
  sheet.getCell(1, 1).value = `${l.title}  ${fill(l.range, { from: report.from, to: report.to })}`
  sheet.getCell(1, 1).font = { bold: true, size: 14 }
  const header = sheet.getRow(2)
  header.values = l.columns
  header.font = { bold: true }
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' }
  sheet.columns = l.columns.map((_, index) => ({ width: [12, 12, 30, 28, 14, 18][index] ?? 12 }))
  for (const row of report.rows) {
    sheet.addRow(
      [
        dayCell(row.startsAt),
        l.types[row.activityType],
        row.title,
        row.place,
        row.gridName ?? '',
        row.presenters,
        row.peopleReached,
        row.householdsVisited,
        row.shopsVisited,
        row.appInstalled,
        row.appRegistered,
        row.leaflets,
        row.booklets,
        row.posters,
        row.photoCount,
      ].map((value) => (value instanceof Date ? value : guardFormula(value))),
    )
  }
  const t = report.totals
  const counts = [t.peopleReached, t.householdsVisited, t.shopsVisited, t.appInstalled, t.appRegistered, t.leaflets, t.booklets, t.posters, t.photoCount]
  const firstRow = 3
  const lastRow = sheet.rowCount
  const totals = sheet.addRow([
    l.total,
    fill(l.activities, { n: t.activities }),
    '',
    '',
    '',
    '',
    ...counts.map((result, index) => {
      const column = sheet.getColumn(FIRST_COUNT_COLUMN + index).letter
      return lastRow >= firstRow ? { formula: `SUM(${column}${firstRow}:${column}${lastRow})`, result } : 0
    }),
  ])
  totals.font = { bold: true }
  for (let rowNumber = 2; rowNumber <= totals.number; rowNumber++) {
    sheet.getRow(rowNumber).eachCell({ includeEmpty: true }, (cell, column) => {
      cell.border = THIN
      if (column === 1 && rowNumber > 2 && rowNumber < totals.number) cell.numFmt = 'yyyy-mm-dd'
      if (WRAPPED_COLUMNS.includes(column) && rowNumber > 2) cell.alignment = { wrapText: true, vertical: 'top' }
    })
  }
  sheet.addRow([])
  const signatures = sheet.addRow([l.signatures[0], '', '', l.signatures[1], '', l.signatures[2], '', '', '', l.signatures[3]])
  signatures.height = 24

  // Fit to one page wide: the thumbnail column never lands on a page of its own.
  const photoSheet = workbook.addWorksheet(l.photoSheet, {
    pageSetup: { paperSize: A4, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  })
  photoSheet.columns = [{ width: 12 }, { width: 30 }, { width: 36 }, { width: 16 }]
  photoSheet.getRow(1).values = l.photoColumns
  photoSheet.getRow(1).font = { bold: true }
  const rowsById = new Map(report.rows.map((row) => [row.sessionId, row]))
  if (!photos.length) photoSheet.addRow([l.noPhotos])
  for (const photo of photos) {
    const session = rowsById.get(photo.sessionId)
    const added = photoSheet.addRow([session ? dayCell(session.startsAt) : '', guardFormula(session?.title ?? ''), guardFormula(photo.fileName)])
    added.getCell(1).numFmt = 'yyyy-mm-dd'
    added.height = THUMB_ROW_HEIGHT
    added.alignment = { vertical: 'middle' }
    const imageId = workbook.addImage({ buffer: photo.thumbnail as unknown as ExcelJS.Buffer, extension: 'jpeg' })
    photoSheet.addImage(imageId, { tl: { col: 3, row: added.number - 1 }, ext: THUMB_SIZE, editAs: 'oneCell' })
  }
  if (casework) addCaseworkSheet(workbook, casework, report, locale)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
