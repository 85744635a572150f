import type ExcelJS from 'exceljs'
import type { ApiLocale } from '../contract/locale'
import type { QuotaCounts, QuotaProgress } from '../contract/quotas'
import { guardFormula } from '../domain/export/exportTable'

const labels = {
  'zh-CN': {
    sheet: 'APP任务完成',
    columns: ['月份', '网格', '安装任务', '已安装', '安装完成率', '注册任务', '已注册', '注册完成率', '来过但未注册（人）'],
    community: '全社区',
    none: '这段时间没有给网格定任务。',
  },
  en: {
    sheet: 'App quotas',
    columns: ['Month', 'Grid', 'Install quota', 'Installed', 'Install rate', 'Registration quota', 'Registered', 'Registration rate', 'Came, not registered (people)'],
    community: 'Whole community',
    none: 'No grid had a quota in this period.',
  },
}

const countCells = (c: QuotaCounts): (number | null)[] => [c.installQuota, c.installs, c.installRate, c.registrationQuota, c.registrations, c.registrationRate]

/** Per month, each grid's app installs and registrations against its quota, and the community total. Counts only. */
export function addQuotaSheet(workbook: ExcelJS.Workbook, months: readonly QuotaProgress[], locale: ApiLocale): void {
  const l = labels[locale]
  const sheet = workbook.addWorksheet(l.sheet, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } })
  sheet.columns = l.columns.map((_, index) => ({ width: index === 1 ? 20 : 12 }))
  sheet.getRow(1).values = l.columns
  sheet.getRow(1).font = { bold: true }
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'middle' }
  const withQuota = months.filter((month) => month.grids.length)
  if (!withQuota.length) sheet.addRow([l.none])
  for (const month of withQuota) {
    for (const grid of month.grids) sheet.addRow([month.period, guardFormula(grid.gridName), ...countCells(grid), grid.notReachedCount])
    sheet.addRow([month.period, l.community, ...countCells(month.community), '']).font = { bold: true }
  }
  for (const column of [5, 8]) sheet.getColumn(column).numFmt = '0%'
}
