import { PassThrough } from 'node:stream'
import Papa from 'papaparse'
import ExcelJS from 'exceljs'

export type ExportCell = string | number

export interface ExportTable {
  sheetName: string
  columns: string[]
  rows: ExportCell[][]
}

/** Spreadsheet programs run a cell that starts like a formula; a leading apostrophe keeps it text. */
export function guardFormula(value: ExportCell): ExportCell {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

/** UTF-8 with a byte-order mark, so Excel on Chinese Windows opens the Chinese correctly. */
export function tableToCsv(table: ExportTable): string {
  const body = Papa.unparse({ fields: table.columns, data: table.rows.map((row) => row.map(guardFormula)) }, { newline: '\r\n' })
  return `\uFEFF${body}\r\n`
}

/** Excel allows 31 characters and none of : \ / ? * [ ] in a sheet name. */
export function safeSheetName(name: string): string {
  return (
    name
      .replace(/[:\\/?*[\]]/g, ' ')
      .trim()
      .slice(0, 31) || 'Sheet1'
  )
}

export interface SheetWriter {
  sheetName: string
  columns: string[]
  /** Adds the sheet's rows by calling `addRow` for each, as they become available. */
  write: (addRow: (row: ExportCell[]) => void) => Promise<void>
}

/**
 * Streamed, so 100,000 rows do not build a whole workbook model in memory first: each row is written to
 * the zip as it is added. One sheet per writer.
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
  for (const { sheetName, columns, write } of sheets) {
    const sheet = workbook.addWorksheet(safeSheetName(sheetName), { views: [{ state: 'frozen', ySplit: 1 }] })
    sheet.columns = columns.map((header) => ({ header, width: Math.max(10, header.length * 2 + 4) }))
    sheet.getRow(1).font = { bold: true }
    sheet.getRow(1).commit()
    await write((row) => sheet.addRow(row).commit())
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
  const sections = tables.map((table) => Papa.unparse({ fields: table.columns, data: table.rows.map((row) => row.map(guardFormula)) }, { newline: '\r\n' }))
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
