import type ExcelJS from 'exceljs'
import type { ApiLocale } from '../contract/locale'
import type { StockReportRow } from '../contract/materials'
import { enumLabels } from '../contract/labels'
import { guardFormula } from '../domain/export/exportTable'

const labels = {
  'zh-CN': { sheet: '物资库存', columns: ['物品', '类别', '单位', '本期入库', '本期发放', '现有库存', '提醒'], low: '库存不足', none: '还没有物资。' },
  en: { sheet: 'Stock', columns: ['Item', 'Kind', 'Unit', 'Received', 'Handed out', 'In stock now', 'Warning'], low: 'Low', none: 'No items yet.' },
}

/** Per item: received and handed out in the ledger's range, and the stock now. */
export function addStockSheet(workbook: ExcelJS.Workbook, rows: readonly StockReportRow[], locale: ApiLocale): void {
  const l = labels[locale]
  const sheet = workbook.addWorksheet(l.sheet, { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } })
  sheet.columns = l.columns.map((_, index) => ({ width: index === 0 ? 24 : 12 }))
  sheet.getRow(1).values = l.columns
  sheet.getRow(1).font = { bold: true }
  if (!rows.length) sheet.addRow([l.none])
  for (const row of rows) {
    sheet.addRow([guardFormula(row.name), enumLabels[locale].materialKind[row.kind], guardFormula(row.unit), row.received, row.handedOut, row.stock, row.low ? l.low : ''])
  }
}
