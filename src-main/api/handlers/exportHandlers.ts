import { ApiError } from '../../contract/errors'
import { findSession } from '../../db/repositories/sessionsRepository'
import { forEachPeoplePage, peopleForExport, rosterForExport } from '../../db/repositories/exportRepository'
import type { SqliteConnection } from '../../db/sqliteConnection'
import { safeFileName, sheetsToXlsx, tableToCsv, tableToXlsx, type ExportCell, type ExportTable } from '../../domain/export/exportTable'
import { attendanceFileBase, attendanceTable, peopleColumns, peopleFileBase, peopleTable } from '../../services/exportTables'
import type { HandlerContext, HandlersFor } from './context'
import type { ApiLocale } from '../../contract/locale'

interface ExportRequest {
  fullPhones?: boolean
  locale?: ApiLocale
}

async function sessionExport(db: SqliteConnection, sessionId: string, request: ExportRequest): Promise<{ table: ExportTable; base: string }> {
  const session = await findSession(db, sessionId)
  if (!session) throw new ApiError('not_found', 'session_not_found')
  const options = { locale: request.locale ?? 'zh-CN', fullPhones: request.fullPhones ?? false }
  return { table: attendanceTable(session, await rosterForExport(db, sessionId), options), base: attendanceFileBase(session, options.locale) }
}

async function peopleExport(db: SqliteConnection, request: ExportRequest, today: Date): Promise<{ table: ExportTable; base: string }> {
  const options = { locale: request.locale ?? 'zh-CN', fullPhones: request.fullPhones ?? false }
  return { table: peopleTable(await peopleForExport(db), options), base: peopleFileBase(options.locale, today) }
}

export function exportHandlers({ db, now }: HandlerContext): HandlersFor<'attendance.exportCsv' | 'attendance.exportXlsx' | 'people.exportCsv' | 'people.exportXlsx'> {
  return {
    'attendance.exportCsv': async ({ sessionId, ...request }) => {
      const { table, base } = await db.read((reader) => sessionExport(reader, sessionId, request))
      return { csv: tableToCsv(table), fileName: safeFileName(base, 'csv') }
    },
    'attendance.exportXlsx': async ({ sessionId, ...request }) => {
      const { table, base } = await db.read((reader) => sessionExport(reader, sessionId, request))
      return { dataBase64: (await tableToXlsx(table)).toString('base64'), fileName: safeFileName(base, 'xlsx') }
    },
    'people.exportCsv': async (request) => {
      const { table, base } = await db.read((reader) => peopleExport(reader, request, now()))
      return { csv: tableToCsv(table), fileName: safeFileName(base, 'csv') }
    },
    // People go from SQLite into the zip a page at a time: 100,000 of them never sit in memory at once.
    'people.exportXlsx': async (request) => {
      const locale = request.locale ?? 'zh-CN'
      const { sheetName, columns, cells } = peopleColumns({ locale, fullPhones: request.fullPhones ?? false })
      const write = (addRow: (row: ExportCell[]) => void) => db.read((reader) => forEachPeoplePage(reader, async (rows) => rows.forEach((row) => addRow(cells(row)))))
      const xlsx = await sheetsToXlsx([{ sheetName, columns, write }])
      return { dataBase64: xlsx.toString('base64'), fileName: safeFileName(peopleFileBase(locale, now()), 'xlsx') }
    },
  }
}
