import { isBlankRow, readRosterRow, type RosterRow } from './readRosterRow'
import { suggestMapping, type ColumnMapping } from '../../contract/importFields'

export interface ParsedRoster {
  /** The header row's texts (a blank header becomes "Column N" for the mapping form). */
  columns: string[]
  suggestedMapping: ColumnMapping
  mapping: ColumnMapping
  rows: RosterRow[]
}

/** The first non-blank row is the header; blank rows after it are skipped but keep their numbers. */
export function parseRoster(table: readonly string[][], mapping?: ColumnMapping): ParsedRoster {
  const headerIndex = table.findIndex((row) => !isBlankRow(row))
  if (headerIndex < 0) return { columns: [], suggestedMapping: {}, mapping: mapping ?? {}, rows: [] }
  const header = table[headerIndex]
  const width = Math.max(...table.map((row) => row.length))
  const columns = Array.from({ length: width }, (_, index) => (header[index] ?? '').trim() || `#${index + 1}`)
  const suggestedMapping = suggestMapping(header)
  const used = mapping ?? suggestedMapping
  const rows: RosterRow[] = []
  for (let index = headerIndex + 1; index < table.length; index++) {
    if (!isBlankRow(table[index])) rows.push(readRosterRow(table[index], index + 1, used))
  }
  return { columns, suggestedMapping, mapping: used, rows }
}

/** A key for "the same person twice in this file": the phone, else the name in its neighbourhood. */
function personKey(row: RosterRow): string {
  return row.fields.phone ? `phone:${row.fields.phone}` : `name:${row.fields.name}|${row.fields.neighbourhood}`
}

/** For each later row that repeats an earlier, valid row, the earlier row's number. */
export function findRepeatsInFile(rows: readonly RosterRow[]): Map<number, number> {
  const firstSeen = new Map<string, number>()
  const repeats = new Map<number, number>()
  for (const row of rows) {
    if (Object.keys(row.errors).length > 0) continue
    const key = personKey(row)
    const earlier = firstSeen.get(key)
    if (earlier === undefined) firstSeen.set(key, row.rowNumber)
    else repeats.set(row.rowNumber, earlier)
  }
  return repeats
}
