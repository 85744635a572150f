import type { ApiLocale } from '../contract/locale'
import type { Session } from '../contract/sessions'
import { maskLandline, maskPhone } from '../contract/phone'
import { exportLabels, localDate, localDateTime } from '../domain/export/exportLabels'
import type { ExportCell, ExportTable } from '../domain/export/exportTable'
import type { ExportPersonRow, ExportRosterRow } from '../db/repositories/exportRepository'

export interface ExportOptions {
  locale: ApiLocale
  fullPhones: boolean
}

function phoneCell(phone: string | null, fullPhones: boolean): string {
  return fullPhones ? (phone ?? '') : maskPhone(phone)
}

function landlineCell(landline: string | null, fullPhones: boolean): string {
  return fullPhones ? (landline ?? '') : maskLandline(landline)
}

export function attendanceTable(session: Session, rows: readonly ExportRosterRow[], { locale, fullPhones }: ExportOptions): ExportTable {
  const l = exportLabels(locale)
  return {
    sheetName: `${localDate(new Date(session.startsAt))} ${session.title}`,
    columns: [l.name, l.phone, l.landline, l.ageGroup, l.neighbourhood, l.gender, l.present, l.checkedInAt, l.source, l.registeredAt],
    rows: rows.map((row) => [
      row.name,
      phoneCell(row.phone, fullPhones),
      landlineCell(row.landline, fullPhones),
      row.age_group ? l.ageGroups[row.age_group] : '',
      row.neighbourhood,
      row.gender ? l.genders[row.gender] : '',
      row.checked_in_at ? l.yes : l.no,
      localDateTime(row.checked_in_at),
      l.sources[row.source],
      localDateTime(row.registered_at),
    ]),
  }
}

export function attendanceFileBase(session: Session, locale: ApiLocale): string {
  return `${exportLabels(locale).attendanceFile}-${localDate(new Date(session.startsAt))}-${session.title}`
}

/** The people sheet's headers, and a function that turns one person into its cells. */
export function peopleColumns({ locale, fullPhones }: ExportOptions): { sheetName: string; columns: string[]; cells: (row: ExportPersonRow) => ExportCell[] } {
  const l = exportLabels(locale)
  return {
    sheetName: l.peopleSheet,
    columns: [l.name, l.phone, l.landline, l.ageGroup, l.neighbourhood, l.gender, l.sessionsAttended, l.lastSeenAt, l.createdAt],
    cells: (row) => [
      row.name,
      phoneCell(row.phone, fullPhones),
      landlineCell(row.landline, fullPhones),
      row.age_group ? l.ageGroups[row.age_group] : '',
      row.neighbourhood,
      row.gender ? l.genders[row.gender] : '',
      row.sessions_attended,
      localDateTime(row.last_seen_at),
      localDateTime(row.created_at),
    ],
  }
}

export function peopleTable(rows: readonly ExportPersonRow[], options: ExportOptions): ExportTable {
  const { sheetName, columns, cells } = peopleColumns(options)
  return { sheetName, columns, rows: rows.map(cells) }
}

export function peopleFileBase(locale: ApiLocale, today: Date): string {
  return `${exportLabels(locale).peopleFile}-${localDate(today)}`
}
