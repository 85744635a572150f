import type ExcelJS from 'exceljs'
import type { ApiLocale } from '../contract/locale'
import type { CaseworkCounts } from '../contract/ledgerCasework'
import { fill } from './ledgerLabels'

const A4 = 9

/** Each count's line on the sheet and the ledger print, in the worker's language. */
export const caseworkLabels = {
  'zh-CN': {
    sheet: '预警劝阻',
    title: '预警劝阻、承诺书和重点人员走访  {from} 至 {to}',
    columns: ['项目', '数量'],
    alerts: {
      received: '接到预警（条）',
      followUps: '跟进处置（次）',
      inPerson: '其中见面劝阻（次）',
      dissuaded: '已劝阻（条）',
      defrauded: '已被骗（条）',
      notFraud: '核实非诈骗（条）',
      overdue: '未按时处置（条）',
    },
    pledges: { person: '个人签署承诺书（份）', household: '家庭签署承诺书（份）' },
    riskRegister: { flagged: '重点人员（人，现有）', visits: '重点人员走访/回访（次）', peopleVisited: '走访到的重点人员（人）' },
    note: '只有数字，没有任何人员姓名和电话。',
  },
  en: {
    sheet: 'Alerts',
    title: 'Alert follow-ups, pledges and risk-register visits  {from} to {to}',
    columns: ['Item', 'Count'],
    alerts: {
      received: 'Alerts received',
      followUps: 'Follow-ups made',
      inPerson: 'of them in person',
      dissuaded: 'Dissuaded',
      defrauded: 'Already defrauded',
      notFraud: 'Not fraud',
      overdue: 'Not followed up in time',
    },
    pledges: { person: 'Pledges signed by a person', household: 'Pledges signed for a household' },
    riskRegister: { flagged: 'People on the risk register (now)', visits: 'Risk-register visits and calls', peopleVisited: 'People on the register visited' },
    note: 'Counts only; no name or phone of anyone.',
  },
} satisfies Record<ApiLocale, unknown>

/** The casework counts as label/count lines, in the order the sheet and the print show them. */
export function caseworkLines(counts: CaseworkCounts, locale: ApiLocale): [string, number][] {
  const l = caseworkLabels[locale]
  const alerts = (Object.keys(l.alerts) as (keyof CaseworkCounts['alerts'])[]).map((key): [string, number] => [l.alerts[key], counts.alerts[key]])
  const pledges = (Object.keys(l.pledges) as (keyof CaseworkCounts['pledges'])[]).map((key): [string, number] => [l.pledges[key], counts.pledges[key]])
  const risk = (Object.keys(l.riskRegister) as (keyof CaseworkCounts['riskRegister'])[]).map((key): [string, number] => [l.riskRegister[key], counts.riskRegister[key]])
  return [...alerts, ...pledges, ...risk]
}

/** A sheet of its own, so the activity sheet's layout stays as it is. */
export function addCaseworkSheet(workbook: ExcelJS.Workbook, counts: CaseworkCounts, range: { from: string; to: string }, locale: ApiLocale): void {
  const l = caseworkLabels[locale]
  const sheet = workbook.addWorksheet(l.sheet, { pageSetup: { paperSize: A4, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } })
  sheet.columns = [{ width: 34 }, { width: 12 }]
  sheet.mergeCells(1, 1, 1, 2)
  sheet.getCell(1, 1).value = fill(l.title, range)
  sheet.getCell(1, 1).font = { bold: true, size: 13 }
  sheet.getRow(2).values = l.columns
  sheet.getRow(2).font = { bold: true }
  for (const line of caseworkLines(counts, locale)) sheet.addRow(line)
  sheet.addRow([])
  sheet.addRow([l.note])
}
