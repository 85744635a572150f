import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { ledgerWorkbook } from '../../../src-main/services/ledgerWorkbook'
import type { LedgerReport } from '../../../src-main/contract/ledger'
import { makePng } from '../../helpers/makePng'

const counts = { peopleReached: 40, householdsVisited: 0, shopsVisited: 0, appInstalled: 5, appRegistered: 2, leaflets: 80, booklets: 10, posters: 1, photoCount: 1 }
const row = (sessionId: string, day: string, title: string) => ({
  sessionId,
  startsAt: `2025-10-${day}T14:30:00+08:00`,
  activityType: 'talk' as const,
  title,
  place: '幸福社区党群服务中心三楼多功能活动室',
  gridName: '幸福里网格',
  presenters: '王警官、李网格员',
  ...counts,
})
const report = {
  from: '2025-10-01',
  to: '2025-10-31',
  rows: [row('s1', '15', '守护钱袋子·防范电信网络诈骗进社区宣讲活动'), row('s2', '20', '银发课堂')],
  totals: { activities: 2, ...Object.fromEntries(Object.entries(counts).map(([key, value]) => [key, value * 2])) },
} as unknown as LedgerReport

async function readBack(): Promise<ExcelJS.Workbook> {
  const buffer = await ledgerWorkbook(report, [{ sessionId: 's1', fileName: 'photo.jpg', thumbnail: makePng(96, 72) }], 'zh-CN')
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer)
  return workbook
}

describe('the Excel ledger a worker can hand in as it is', () => {
  it('has date cells, SUM formulas, borders, A4 landscape fitted to width, repeated and frozen header, wide columns and the signature lines', async () => {
    const workbook = await readBack()
    const sheet = workbook.worksheets[0]
    const first = sheet.getRow(3)
    expect(first.getCell(1).value).toBeInstanceOf(Date)
    expect((first.getCell(1).value as Date).toISOString().slice(0, 10)).toBe('2025-10-15')
    expect(first.getCell(1).numFmt).toBe('yyyy-mm-dd')

    const totals = sheet.getRow(5)
    expect(totals.getCell(1).value).toBe('合计')
    expect(totals.getCell(7).value).toMatchObject({ formula: 'SUM(G3:G4)', result: 80 })
    expect(totals.getCell(15).value).toMatchObject({ formula: 'SUM(O3:O4)' })

    for (const rowNumber of [2, 3, 4, 5])
      for (const column of [1, 3, 15])
        expect(sheet.getRow(rowNumber).getCell(column).border).toMatchObject({
          top: { style: 'thin' },
          bottom: { style: 'thin' },
          left: { style: 'thin' },
          right: { style: 'thin' },
        })

    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:2' })
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 })

    expect(first.getCell(3).alignment).toMatchObject({ wrapText: true })
    expect(first.getCell(4).alignment).toMatchObject({ wrapText: true })
    for (const [index, label] of ['日期', '活动类型', '活动名称', '地点', '网格', '宣讲人', '覆盖人数', '入户户数', '走访商铺', '安装反诈APP', '完成注册'].entries()) {
      // A Chinese character takes about two character widths in Excel.
      expect(sheet.getColumn(index + 1).width ?? 0).toBeGreaterThanOrEqual(Math.min(label.length * 2, 12))
    }

    // Columns that do not wrap are wide enough for every value in them (a date shows as yyyy-mm-dd).
    const textWidth = (text: string) => [...text].reduce((sum, char) => sum + (char.charCodeAt(0) > 0x2e7f ? 2 : 1), 0)
    for (let rowNumber = 3; rowNumber <= 5; rowNumber++)
      sheet.getRow(rowNumber).eachCell((cell, column) => {
        if (cell.alignment?.wrapText) return
        const shown = cell.value instanceof Date ? 'yyyy-mm-dd' : typeof cell.value === 'object' ? String((cell.value as { result?: number }).result) : String(cell.value)
        expect(textWidth(shown), `row ${rowNumber} column ${column}: ${shown}`).toBeLessThanOrEqual(sheet.getColumn(column).width ?? 0)
      })

    const text = (sheet.getSheetValues() as unknown[][]).flat().filter((value) => typeof value === 'string') as string[]
    for (const line of ['填报单位：', '填报人：', '审核人：', '日期：']) expect(text).toContain(line)
  })

  it('prints the photo sheet one page wide on A4 with real dates, each picture inside its own row so no page splits it', async () => {
    const photos = (await readBack()).worksheets[1]
    expect(photos.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' })
    expect(photos.getRow(2).getCell(1).value).toBeInstanceOf(Date)
    expect(photos.getRow(2).getCell(1).numFmt).toBe('yyyy-mm-dd')
    const images = photos.getImages()
    expect(images).toHaveLength(1)
    for (const image of images) {
      const row = photos.getRow(image.range.tl.nativeRow + 1)
      expect(image.range.tl.nativeRowOff).toBe(0)
      // Excel never breaks a page inside a row: a picture no taller than its row (points → pixels) stays whole.
      expect((image.range as { ext?: { height: number } }).ext?.height ?? Infinity).toBeLessThanOrEqual(((row.height ?? 15) * 96) / 72)
      expect(row.getCell(3).value).toBe('photo.jpg')
    }
  })

  it('wraps the grid column too and writes English labels and signature lines for an English worker', async () => {
    const zh = (await readBack()).worksheets[0]
    expect(zh.getRow(3).getCell(5).alignment).toMatchObject({ wrapText: true })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await ledgerWorkbook(report, [], 'en')) as unknown as ExcelJS.Buffer)
    const sheet = workbook.worksheets[0]
    expect(sheet.getRow(5).getCell(1).value).toBe('Total')
    const text = (sheet.getSheetValues() as unknown[][]).flat().filter((value) => typeof value === 'string') as string[]
    for (const line of ['Reporting unit:', 'Prepared by:', 'Checked by:', 'Date:']) expect(text).toContain(line)
    expect(workbook.worksheets[1].getRow(2).getCell(1).value).toBe('No photos for the activities in this range.')
  })

  it('adds the before/after quiz shares as percent columns only when a talk had the phone quiz', async () => {
    const withoutQuiz = (await readBack()).worksheets[0]
    expect(withoutQuiz.getRow(2).cellCount).toBe(15)
    const withQuiz = {
      ...report,
      rows: [
        { ...report.rows[0], quizBefore: 0.25, quizAfter: 1 },
        { ...report.rows[1], quizBefore: null, quizAfter: null },
      ],
    }
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await ledgerWorkbook(withQuiz, [], 'zh-CN')) as unknown as ExcelJS.Buffer)
    const sheet = workbook.worksheets[0]
    expect([sheet.getRow(2).getCell(16).value, sheet.getRow(2).getCell(17).value]).toEqual(['小测开场答对率', '小测结束答对率'])
    expect([sheet.getRow(3).getCell(16).value, sheet.getRow(3).getCell(17).value]).toEqual([0.25, 1])
    expect(sheet.getRow(3).getCell(16).numFmt).toBe('0%')
    expect(sheet.getRow(4).getCell(16).value).toBe('')
  })
})
