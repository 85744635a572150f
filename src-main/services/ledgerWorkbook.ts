import ExcelJS from 'exceljs'
import type { ApiLocale } from '../contract/locale'
import type { LedgerReport } from '../contract/ledger'
import { guardFormula } from '../domain/export/exportTable'
import { localDate } from '../domain/export/exportLabels'
import { fill, ledgerLabels } from './ledgerLabels'

export interface LedgerPhoto {
  sessionId: string
  fileName: string
  thumbnail: Buffer
}

const THUMB_ROW_HEIGHT = 60
const THUMB_SIZE = { width: 96, height: 72 }

/**
 * The ledger as a workbook: a title, the activity table and its totals row, then a sheet with
 * each photo's file name and its thumbnail embedded. Counts and places only; no resident appears.
 */
export async function ledgerWorkbook(report: LedgerReport, photos: readonly LedgerPhoto[], locale: ApiLocale): Promise<Buffer> {
  const l = ledgerLabels[locale]
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet(l.ledgerSheet, { views: [{ state: 'frozen', ySplit: 2 }], pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } })
  sheet.mergeCells(1, 1, 1, l.columns.length)
  sheet.getCell(1, 1).value = `${l.title}  ${fill(l.range, { from: report.from, to: report.to })}`
  sheet.getCell(1, 1).font = { bold: true, size: 14 }
  const header = sheet.getRow(2)
  header.values = l.columns
  header.font = { bold: true }
  sheet.columns = l.columns.map((_, index) => ({ width: [12, 10, 28, 24, 14, 16][index] ?? 11 }))
  for (const row of report.rows) {
    sheet.addRow(
      [
        localDate(new Date(row.startsAt)),
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
      ].map(guardFormula),
    )
  }
  const t = report.totals
  const totals = sheet.addRow([l.total, fill(l.activities, { n: t.activities }), '', '', '', '', t.peopleReached, t.householdsVisited, t.shopsVisited, t.appInstalled, t.appRegistered, t.leaflets, t.booklets, t.posters, t.photoCount])
  totals.font = { bold: true }

  const photoSheet = workbook.addWorksheet(l.photoSheet)
  photoSheet.columns = [{ width: 12 }, { width: 30 }, { width: 36 }, { width: 16 }]
  photoSheet.getRow(1).values = l.photoColumns
  photoSheet.getRow(1).font = { bold: true }
  const rowsById = new Map(report.rows.map((row) => [row.sessionId, row]))
  if (!photos.length) photoSheet.addRow([l.noPhotos])
  for (const photo of photos) {
    const session = rowsById.get(photo.sessionId)
    const added = photoSheet.addRow([session ? localDate(new Date(session.startsAt)) : '', guardFormula(session?.title ?? ''), guardFormula(photo.fileName)])
    added.height = THUMB_ROW_HEIGHT
    added.alignment = { vertical: 'middle' }
    const imageId = workbook.addImage({ buffer: photo.thumbnail as unknown as ExcelJS.Buffer, extension: 'jpeg' })
    photoSheet.addImage(imageId, { tl: { col: 3, row: added.number - 1 }, ext: THUMB_SIZE, editAs: 'oneCell' })
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
