import Papa from 'papaparse'
import ExcelJS from 'exceljs'
import { decodeCsvBytes } from './decodeText'

export type TableFormat = 'csv' | 'xlsx'

export class UnreadableTableError extends Error {
  constructor(readonly messageKey: 'import_unsupported_format' | 'import_unreadable') {
    super(messageKey)
  }
}

/** Decides by content first (an XLSX is a zip), then by the file name. */
export function tableFormat(fileName: string, bytes: Uint8Array): TableFormat {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx'
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase()
  if (extension === 'xls' || (bytes[0] === 0xd0 && bytes[1] === 0xcf)) throw new UnreadableTableError('import_unsupported_format')
  if (extension && !['csv', 'txt', 'tsv'].includes(extension)) throw new UnreadableTableError('import_unsupported_format')
  return 'csv'
}

export function readCsvTable(bytes: Uint8Array): string[][] {
  const parsed = Papa.parse<string[]>(decodeCsvBytes(bytes), { skipEmptyLines: false })
  return parsed.data.map((row) => row.map((value) => String(value ?? '')))
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('')
    if ('text' in value) return String(value.text)
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue)
    if ('error' in value) return ''
  }
  return String(value)
}

/** The first worksheet as rows of text; empty cells are ''. */
export async function readXlsxTable(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer)
  } catch {
    throw new UnreadableTableError('import_unreadable')
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) return []
  const rows: string[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = []
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value)
    })
    rows[rowNumber - 1] = Array.from(cells, (value) => value ?? '')
  })
  return Array.from(rows, (row) => row ?? [])
}

export async function readTable(fileName: string, bytes: Uint8Array): Promise<string[][]> {
  return tableFormat(fileName, bytes) === 'xlsx' ? readXlsxTable(bytes) : readCsvTable(bytes)
}
