import { PassThrough } from 'node:stream'
import Papa from 'papaparse'
import ExcelJS from 'exceljs'
import { localDateTime } from './exportLabels'
import { a4PageSetup, columnWidth, DATE_TIME_FORMAT, wallClock, type ExportColumn } from './sheetLayout'

/** A Date is an instant: CSV shows it as local date and time, XLSX as a real date cell. */
export type ExportCell = string | number | Date | null

export type { ExportColumn }

export interface ExportTable {
  sheetName: string
  columns: (string | ExportColumn)[]
  rows: ExportCell[][]
}

function asColumn(column: string | ExportColumn): ExportColumn {
  return typeof column === 'string' ? { header: column } : column
}

function headers(columns: readonly (string | ExportColumn)[]): string[] {
  return columns.map((column) => asColumn(column).header)
}

/** Spreadsheet programs run a cell that starts like a formula; a leading apostrophe keeps it text. */
export function guardFormula(value: string | number): string | number {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

function csvCell(value: ExportCell): string | number {
  if (value === null) return ''
  if (value instanceof Date) return localDateTime(value)
  return guardFormula(value)
}

function csvBody(table: ExportTable): string {
  return Papa.unparse({ fields: headers(table.columns), data: table.rows.map((row) => row.map(csvCell)) }, { newline: '\r\n' })
}

function xlsxCell(value: ExportCell): ExportCell {
  return value instanceof Date ? wallClock(value) : value
}

/** UTF-8 with a byte-order mark, so Excel on Chinese Windows opens the Chinese correctly. */
export function tableToCsv(table: ExportTable): string {
  return `\uFEFF${csvBody(table)}\r\n`
}

/**
 * Excel allows 31 characters and none of : \ / ? * [ ] in a sheet name. An apostrophe becomes ’, since the
 * print titles name the sheet in quotes ('name'!$1:$1), where a plain apostrophe would end the name.
 */
export function safeSheetName(name: string): string {
  return (
    name
      .replace(/[:\\/?*[\]]/g, ' ')
      .replace(/'/g, '’')
      .trim()
      .slice(0, 31) || 'Sheet1'
  )
}

export interface SheetWriter {
  sheetName: string
  columns: (string | ExportColumn)[]
  /** Adds the sheet's rows by calling `addRow` for each, as they become available. */
  write: (addRow: (row: ExportCell[]) => void) => Promise<void>
}

/**
 * Streamed, so 100,000 rows do not build a whole workbook model in memory first: each row is written to
 * the zip as it is added. One sheet per writer, each ready to print: A4 fitted to the page's width, the
 * header row frozen and bold, and date columns as real date cells.
 */
export async function sheetsToXlsx(sheets: readonly SheetWriter[]): Promise<Buffer> {
  const sink = new PassThrough()
  const chunks: Buffer[] = []
  sink.on('data', (chunk: Buffer) => chunks.push(chunk))
  const finished = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve)
    sink.on('error', reject)
  })
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false })
  for (const sheetSpec of sheets) {
    const columns = sheetSpec.columns.map(asColumn)
    const sheet = workbook.addWorksheet(safeSheetName(sheetSpec.sheetName), { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: a4PageSetup(columns) })
    sheet.columns = columns.map((column) => ({
      header: column.header,
      width: columnWidth(column),
      style: column.dateTime ? { numFmt: DATE_TIME_FORMAT } : {},
    }))
    sheet.getRow(1).font = { bold: true }
    sheet.getRow(1).commit()
    await sheetSpec.write((row) => sheet.addRow(row.map(xlsxCell)).commit())
    sheet.commit()
  }
  await workbook.commit()
  await finished
  return Buffer.concat(chunks)
}

export function tablesToXlsx(tables: readonly ExportTable[]): Promise<Buffer> {
  return sheetsToXlsx(
    tables.map((table) => ({
      sheetName: table.sheetName,
      columns: table.columns,
      write: async (addRow) => table.rows.forEach((row) => addRow(row)),
    })),
  )
}

export function tableToXlsx(table: ExportTable): Promise<Buffer> {
  return tablesToXlsx([table])
}

/** Several tables in one CSV, each under its title and separated by a blank line. */
export function tablesToCsv(tables: readonly ExportTable[]): string {
  const sections = tables.map(csvBody)
  return `\uFEFF${tables.map((table, index) => `${Papa.unparse([[table.sheetName]])}\r\n${sections[index]}`).join('\r\n\r\n')}\r\n`
}

/** A file name that every file system accepts: no path separators or reserved characters. */
export function safeFileName(base: string, extension: string): string {
  const cleaned = base
    // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
  return `${cleaned || 'export'}.${extension}`
}
