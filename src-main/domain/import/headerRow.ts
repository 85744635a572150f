import { cleanCell } from './cellValues'
import { isKnownHeader } from '../../contract/importFields'
import { isBlankRow } from './readRosterRow'

/** How far down a sheet the header is looked for: titles, subtitles and notes rarely take more. */
export const HEADER_SEARCH_ROWS = 10
const CHOICE_TEXT_LENGTH = 60

export interface HeaderChoice {
  /** The row as the spreadsheet numbers it. */
  rowNumber: number
  /** Its distinct cells joined, shortened, so the worker can recognise it. */
  text: string
}

function knownHeaderCount(row: readonly string[]): number {
  return new Set(row.map(cleanCell).filter(isKnownHeader)).size
}

/**
 * The index of the header row among the first rows: the one naming the most known columns (a merged title
 * repeated across cells names none); on a tie the earlier row. With no known header, the first non-blank row.
 */
export function findHeaderRow(table: readonly string[][]): number {
  let best = -1
  let bestCount = 0
  for (let index = 0; index < Math.min(table.length, HEADER_SEARCH_ROWS); index++) {
    const count = knownHeaderCount(table[index])
    if (count > bestCount) {
      best = index
      bestCount = count
    }
  }
  return best >= 0 ? best : table.findIndex((row) => !isBlankRow(row))
}

/** The first non-blank rows a worker may choose as the header instead. */
export function headerChoices(table: readonly string[][]): HeaderChoice[] {
  const choices: HeaderChoice[] = []
  for (let index = 0; index < Math.min(table.length, HEADER_SEARCH_ROWS); index++) {
    if (isBlankRow(table[index])) continue
    const cells = [...new Set(table[index].map(cleanCell).filter((cell) => cell !== ''))]
    const text = cells.join(' · ')
    choices.push({ rowNumber: index + 1, text: text.length > CHOICE_TEXT_LENGTH ? `${text.slice(0, CHOICE_TEXT_LENGTH - 1)}…` : text })
  }
  return choices
}
