import type { ApiLocale } from '../contract/locale'
import type { Session } from '../contract/sessions'
import { maskLandline, maskPhone } from '../contract/phone'
import { exportLabels, localDate, type ExportLabels } from '../domain/export/exportLabels'
import type { ExportCell, ExportColumn, ExportTable } from '../domain/export/exportTable'
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

/** A stored time as a date cell (an empty cell when there is none). */
function instant(iso: string | null): Date | null {
  return iso ? new Date(iso) : null
}

/** The columns both exports share, each wide enough for what it usually holds. */
function personColumns(l: ExportLabels): ExportColumn[] {
  return [
    { header: l.name, width: 12 },
    { header: l.phone, width: 15 },
    { header: l.landline, width: 15 },
    { header: l.ageGroup, width: 12 },
    { header: l.neighbourhood, width: 16 },
    { header: l.gender, width: 8 },
  ]
}

const dateTimeColumn = (header: string): ExportColumn => ({ header, width: 17, dateTime: true })

export function attendanceTable(session: Session, rows: readonly ExportRosterRow[], { locale, fullPhones }: ExportOptions): ExportTable {
  const l = exportLabels(locale)
  return {
    sheetName: `${localDate(new Date(session.startsAt))} ${session.title}`,
    columns: [...personColumns(l), { header: l.present }, dateTimeColumn(l.checkedInAt), { header: l.source, width: 10 }, dateTimeColumn(l.registeredAt)],
    rows: rows.map((row) => [
      row.name,
      phoneCell(row.phone, fullPhones),
      landlineCell(row.landline, fullPhones),
      row.age_group ? l.ageGroups[row.age_group] : '',
      row.neighbourhood,
      row.gender ? l.genders[row.gender] : '',
      row.checked_in_at ? l.yes : l.no,
      instant(row.checked_in_at),
      l.sources[row.source],
      instant(row.registered_at),
    ]),
  }
}

export function attendanceFileBase(session: Session, locale: ApiLocale): string {
  return `${exportLabels(locale).attendanceFile}-${localDate(new Date(session.startsAt))}-${session.title}`
}

/** The people sheet's headers, and a function that turns one person into its cells. */
export function peopleColumns({ locale, fullPhones }: ExportOptions): { sheetName: string; columns: ExportColumn[]; cells: (row: ExportPersonRow) => ExportCell[] } {
  const l = exportLabels(locale)
  return {
    sheetName: l.peopleSheet,
    columns: [...personColumns(l), { header: l.sessionsAttended }, dateTimeColumn(l.lastSeenAt), dateTimeColumn(l.createdAt)],
    cells: (row) => [
      row.name,
      phoneCell(row.phone, fullPhones),
      landlineCell(row.landline, fullPhones),
      row.age_group ? l.ageGroups[row.age_group] : '',
      row.neighbourhood,
      row.gender ? l.genders[row.gender] : '',
      row.sessions_attended,
      instant(row.last_seen_at),
      instant(row.created_at),
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
