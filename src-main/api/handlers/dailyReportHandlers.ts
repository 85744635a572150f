import { buildDailyReportText } from '../../services/dailyReport/dailyReportText'
import type { HandlerContext, HandlersFor } from './context'

export function dailyReportHandlers({ db, now }: HandlerContext): HandlersFor<'reports.dailyText'> {
  return {
    'reports.dailyText': ({ locale = 'zh-CN', ...request }) => db.read((reader) => buildDailyReportText(reader, { ...request, locale }, now())),
  }
}
