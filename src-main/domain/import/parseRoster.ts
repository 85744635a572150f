import { isBlankRow, readRosterRow, type RosterRow } from './readRosterRow'
import { suggestMapping, type ColumnMapping } from '../../contract/importFields'
import { findHeaderRow, headerChoices, type HeaderChoice } from './headerRow'

export interface ParsedRoster {
  /** The header row as the spreadsheet numbers it (1 is the first row); what is above it is left out. */
  headerRow: number
  /** The row this app would take as the header. */
  suggestedHeaderRow: number
  headerChoices: HeaderChoice[]
  /** The header row's texts (a blank header becomes "Column N" for the mapping form). */
  columns: string[]
  suggestedMapping: ColumnMapping
  mapping: ColumnMapping
  rows: RosterRow[]
}

export type RosterHeader = Omit<ParsedRoster, 'rows'> & {
  /** The sheet rows below the header, each with its spreadsheet row number (blank ones too: see readDataRow). */
  dataRows: { cells: readonly string[]; rowNumber: number }[]
}

/**
 * The header is the row the worker chose (1-based), else the one found among the first rows; rows above it
 * (titles, subtitles) are left out, blank rows below it are skipped but keep their numbers.
 */
export function readRosterHeader(table: readonly string[][], mapping?: ColumnMapping, headerRow?: number): RosterHeader {
  const suggestedIndex = findHeaderRow(table)
  const headerIndex = headerRow === undefined ? suggestedIndex : headerRow - 1
  const choices = headerChoices(table)
  const found = { headerRow: headerIndex + 1, suggestedHeaderRow: suggestedIndex + 1, headerChoices: choices }
  if (headerIndex < 0 || headerIndex >= table.length) return { ...found, columns: [], suggestedMapping: {}, mapping: mapping ?? {}, dataRows: [] }
  const header = table[headerIndex]
  const width = Math.max(...table.map((row) => row.length))
  const columns = Array.from({ length: width }, (_, index) => (header[index] ?? '').trim() || `#${index + 1}`)
  const suggestedMapping = suggestMapping(header)
  const dataRows: RosterHeader['dataRows'] = []
  for (let index = headerIndex + 1; index < table.length; index++) dataRows.push({ cells: table[index], rowNumber: index + 1 })
  return { ...found, columns, suggestedMapping, mapping: mapping ?? suggestedMapping, dataRows }
}

/** One row below the header read as a person, or null for a blank row (skipped, but it keeps its number). */
export function readDataRow(row: RosterHeader['dataRows'][number], mapping: ColumnMapping): RosterRow | null {
  return isBlankRow(row.cells) ? null : readRosterRow(row.cells, row.rowNumber, mapping)
}

export function parseRoster(table: readonly string[][], mapping?: ColumnMapping, headerRow?: number): ParsedRoster {
  const { dataRows, ...header } = readRosterHeader(table, mapping, headerRow)
  return { ...header, rows: dataRows.flatMap((row) => readDataRow(row, header.mapping) ?? []) }
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
