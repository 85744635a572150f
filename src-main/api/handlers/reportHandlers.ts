import { buildReportSummary, summaryFileBase, summaryTables } from '../../services/reportSummary'
import { safeFileName, tablesToCsv, tablesToXlsx } from '../../domain/export/exportTable'
import type { HandlerContext, HandlersFor } from './context'

export function reportHandlers({ db, now }: HandlerContext): HandlersFor<'reports.summary' | 'reports.exportSummary'> {
  return {
    'reports.summary': (range) => db.read((reader) => buildReportSummary(reader, range, now())),
    'reports.exportSummary': async ({ format, locale = 'zh-CN', ...range }) => {
      const today = now()
      const summary = await db.read((reader) => buildReportSummary(reader, range, today))
      const tables = summaryTables(summary, locale)
      const data = format === 'xlsx' ? await tablesToXlsx(tables) : Buffer.from(tablesToCsv(tables), 'utf8')
      return { fileName: safeFileName(summaryFileBase(summary, locale, today), format), dataBase64: data.toString('base64') }
    },
  }
}
