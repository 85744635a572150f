import ExcelJS from 'exceljs'
import { readCsvTable, tableFormat, UnreadableTableError } from '../import/readTable'

/** Excel keeps a date-time as wall-clock time in UTC fields; this gives it back as the local "YYYY-MM-DD HH:MM" it showed. */
function wallClock(value: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return wallClock(value)
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('')
    if ('text' in value) return String(value.text)
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue)
    return ''
  }
  return String(value)
}

async function readXlsxKeepingTimes(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer)
  } catch {
    throw new UnreadableTableError('import_unreadable')
  }
  const rows: string[][] = []
  workbook.worksheets[0]?.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = []
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value)
    })
    rows[rowNumber - 1] = Array.from(cells, (cell) => cell ?? '')
  })
  return Array.from(rows, (row) => row ?? [])
}

/**
 * A police station's alert list as rows of text. Unlike a roster, its time column matters to the minute,
 * so date cells keep their time.
 */
export function readAlertTable(fileName: string, bytes: Uint8Array): Promise<string[][]> | string[][] {
  return tableFormat(fileName, bytes) === 'xlsx' ? readXlsxKeepingTimes(bytes) : readCsvTable(bytes)
}
