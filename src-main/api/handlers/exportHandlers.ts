import { ApiError } from '../../contract/errors'
import { findSession } from '../../db/repositories/sessionsRepository'
import { peopleForExport, rosterForExport } from '../../db/repositories/exportRepository'
import type { SqliteConnection } from '../../db/sqliteConnection'
import { safeFileName, tableToCsv, tableToXlsx, type ExportTable } from '../../domain/export/exportTable'
import { attendanceFileBase, attendanceTable, peopleFileBase, peopleTable } from '../../services/exportTables'
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
    'people.exportXlsx': async (request) => {
      const { table, base } = await db.read((reader) => peopleExport(reader, request, now()))
      return { dataBase64: (await tableToXlsx(table)).toString('base64'), fileName: safeFileName(base, 'xlsx') }
    },
  }
}
