import type { ApiOutput } from '@contract'
import { invoke } from '../api/client'

type ExportOptions = { fullPhones: boolean; locale: 'en' | 'zh-CN' }

/** The people list, or one session's attendance when a session is given, as a CSV or Excel file. */
export function useRosterExport() {
  function exportRosterCsv(sessionId: string | undefined, options: ExportOptions): Promise<ApiOutput<'people.exportCsv'>> {
    return sessionId ? invoke('attendance.exportCsv', { sessionId, ...options }) : invoke('people.exportCsv', options)
  }

  function exportRosterXlsx(sessionId: string | undefined, options: ExportOptions): Promise<ApiOutput<'people.exportXlsx'>> {
    return sessionId ? invoke('attendance.exportXlsx', { sessionId, ...options }) : invoke('people.exportXlsx', options)
  }

  return { exportRosterCsv, exportRosterXlsx }
}
