import type { AlertLevel } from '../../contract/caseworkValues'
import type { SkippedAlertRow } from '../../contract/alerts'
import { readPhoneNumber } from '../../contract/phone'

export interface AlertRowInput {
  row: number
  name: string
  phone: string | null
  level: AlertLevel
  alertedAt: Date
}

const HEADER_ROWS = 10
const COLUMNS = {
  name: /姓名|名字|name/i,
  phone: /手机|电话|联系方式|号码|phone|mobile/i,
  level: /级别|等级|level/i,
  time: /时间|日期|time|date/i,
} as const
type Column = keyof typeof COLUMNS

const LEVEL_WORDS: [RegExp, AlertLevel][] = [
  [/^(高|红|一级|1|high|red)/i, 'high'],
  [/^(中|橙|黄|二级|2|medium|orange|yellow)/i, 'medium'],
  [/^(低|蓝|三级|3|low|blue)/i, 'low'],
]

export function parseAlertLevel(raw: string): AlertLevel | null {
  const text = raw.trim()
  return LEVEL_WORDS.find(([pattern]) => pattern.test(text))?.[1] ?? null
}

const DATE_TIME = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[\sT]+(\d{1,2})[:：时](\d{1,2})(?:[:：分](\d{1,2}))?)?/

/** "2026-12-01 10:30", "2026/12/1 10:30:00", "2026年12月1日 10时30分" or a day alone (midnight), read as local time. */
export function parseAlertTime(raw: string): Date | null {
  const match = DATE_TIME.exec(raw.trim())
  if (!match) return null
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0))
  const value = new Date(year, month - 1, day, hour, minute, second)
  return value.getMonth() === month - 1 && value.getDate() === day && hour < 24 && minute < 60 ? value : null
}

function findColumns(table: readonly string[][]): { headerIndex: number; columns: Partial<Record<Column, number>> } | null {
  for (let index = 0; index < Math.min(HEADER_ROWS, table.length); index++) {
    const columns: Partial<Record<Column, number>> = {}
    table[index].forEach((cell, column) => {
      const key = (Object.keys(COLUMNS) as Column[]).find((candidate) => columns[candidate] === undefined && COLUMNS[candidate].test(cell))
      if (key) columns[key] = column
    })
    if (columns.name !== undefined && columns.level !== undefined && columns.time !== undefined) return { headerIndex: index, columns }
  }
  return null
}

/** The rows of a police alert list, each read or skipped with a reason; row numbers are the sheet's (1-based). Null when no header row is found. */
export function parseAlertRows(table: readonly string[][]): { rows: AlertRowInput[]; skipped: SkippedAlertRow[] } | null {
  const found = findColumns(table)
  if (!found) return null
  const { headerIndex, columns } = found
  const rows: AlertRowInput[] = []
  const skipped: SkippedAlertRow[] = []
  for (let index = headerIndex + 1; index < table.length; index++) {
    const cells = table[index]
    const cell = (column: Column) => (columns[column] === undefined ? '' : (cells[columns[column]!] ?? '').trim())
    if (cells.every((value) => !value.trim())) continue
    const row = index + 1
    const name = cell('name').slice(0, 40)
    const level = parseAlertLevel(cell('level'))
    const alertedAt = parseAlertTime(cell('time'))
    if (!name) skipped.push({ row, reason: 'name_missing' })
    else if (!level) skipped.push({ row, reason: 'level_unreadable' })
    else if (!alertedAt) skipped.push({ row, reason: 'time_unreadable' })
    else rows.push({ row, name, phone: readPhoneNumber(cell('phone'))?.number ?? null, level, alertedAt })
  }
  return { rows, skipped }
}
