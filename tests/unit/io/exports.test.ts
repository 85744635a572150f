import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import Papa from 'papaparse'
import ExcelJS from 'exceljs'
import { openTestApp, type TestApp } from '../../helpers/testApp'
import { guardFormula, safeFileName, safeSheetName } from '../../../src-main/domain/export/exportTable'

let app: TestApp
let sessionId: string

async function ok<T>(method: string, input: unknown, locale: 'zh-CN' | 'en' = 'zh-CN'): Promise<T> {
  const answer = await app.call(method, input, locale)
  if (!answer.ok) throw new Error(`${method} failed: ${JSON.stringify(answer.error)}`)
  return answer.result as T
}

function readCsv(csv: string): string[][] {
  expect(csv.charCodeAt(0)).toBe(0xfeff)
  return Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data
}

async function readXlsx(dataBase64: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(dataBase64, 'base64') as unknown as ExcelJS.Buffer)
  const rows: unknown[][] = []
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
  return rows
}

beforeEach(async () => {
  app = await openTestApp()
  sessionId = (await ok<{ id: string }>('sessions.create', { title: '守护钱袋子: 讲座/一', startsAt: '2026-12-01T10:00:00+08:00', place: '活动室' })).id
  const zhang = await ok<{ attendeeId: string }>('attendees.signUp', {
    sessionId,
    name: '张三',
    phone: '13800131234',
    ageGroup: '60plus',
    gender: 'male',
    neighbourhood: '幸福里',
    consent: true,
  })
  await ok('attendees.signUp', { sessionId, name: '李四', neighbourhood: '=HYPERLINK("x")', consent: false })
  await ok('attendance.checkIn', { sessionId, attendeeId: zhang.attendeeId })
})
afterEach(() => app.cleanup())

describe('attendance exports', () => {
  it('CSV: Chinese headers, masked phones, present first, formula-looking text defused', async () => {
    const { csv, fileName } = await ok<{ csv: string; fileName: string }>('attendance.exportCsv', { sessionId })
    const rows = readCsv(csv)
    // 固定电话 (landline, issue 10 point 7) sits beside the mobile.
    expect(rows[0]).toEqual(['姓名', '手机号', '固定电话', '年龄段', '小区', '性别', '是否到场', '签到时间', '来源', '报名时间'])
    expect(rows[1].slice(0, 7)).toEqual(['张三', '138****1234', '', '60岁及以上', '幸福里', '男', '是'])
    expect(rows[1][7]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)
    expect(rows[2].slice(0, 7)).toEqual(['李四', '', '', '', `'=HYPERLINK("x")`, '', '否'])
    expect(csv).not.toContain('13800131234')
    expect(fileName).toBe('签到表-2026-12-01-守护钱袋子_ 讲座_一.csv')
  })

  it('full phone numbers only when asked; English headers with locale en', async () => {
    const { csv } = await ok<{ csv: string }>('attendance.exportCsv', { sessionId, fullPhones: true, locale: 'en' })
    const rows = readCsv(csv)
    expect(rows[0].slice(0, 4)).toEqual(['Name', 'Phone', 'Landline', 'Age group'])
    expect(rows[1].slice(0, 2)).toEqual(['张三', '13800131234'])
  })

  it('XLSX reads back with the same rows, masked by default', async () => {
    const masked = await ok<{ dataBase64: string; fileName: string }>('attendance.exportXlsx', { sessionId })
    expect(masked.fileName.endsWith('.xlsx')).toBe(true)
    const rows = await readXlsx(masked.dataBase64)
    expect(rows).toHaveLength(3)
    expect(rows[1].slice(0, 2)).toEqual(['张三', '138****1234'])
    const full = await readXlsx((await ok<{ dataBase64: string }>('attendance.exportXlsx', { sessionId, fullPhones: true })).dataBase64)
    expect(full[1][1]).toBe('13800131234')
  })

  it('an exported list can be imported again (headers and values round-trip)', async () => {
    const { csv } = await ok<{ csv: string }>('attendance.exportCsv', { sessionId, fullPhones: true })
    const other = (await ok<{ id: string }>('sessions.create', { title: '下一场', startsAt: '2026-12-08T10:00:00+08:00', place: '活动室' })).id
    const preview = await ok<{ rows: { status: string; values: Record<string, string> }[] }>('import.preview', {
      sessionId: other,
      fileName: 'a.csv',
      dataBase64: Buffer.from(csv, 'utf8').toString('base64'),
    })
    expect(preview.rows[0]).toMatchObject({ status: 'update', values: { name: '张三', ageGroup: '60plus', gender: 'male', neighbourhood: '幸福里' } })
  })

  it('404 for an unknown session', async () => {
    expect(await app.call('attendance.exportCsv', { sessionId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ ok: false, status: 404 })
  })
})

describe('people exports', () => {
  it('everyone, with sessions attended, masked unless asked', async () => {
    const rows = readCsv((await ok<{ csv: string }>('people.exportCsv', {})).csv)
    expect(rows[0]).toEqual(['姓名', '手机号', '固定电话', '年龄段', '小区', '性别', '到场次数', '最近一次', '登记时间'])
    expect(rows.slice(1).map((row) => [row[0], row[1], row[6]])).toEqual([
      ['李四', '', '0'],
      ['张三', '138****1234', '1'],
    ])
    const full = await readXlsx((await ok<{ dataBase64: string }>('people.exportXlsx', { fullPhones: true, locale: 'en' })).dataBase64)
    expect(full[0][0]).toBe('Name')
    expect(full.map((row) => row[1])).toContain('13800131234')
  })
})

describe('export helpers', () => {
  it('defuses formulas, and makes safe sheet and file names', () => {
    expect(['=1+1', '+86', '-x', '@a', '张三', 5].map(guardFormula)).toEqual(["'=1+1", "'+86", "'-x", "'@a", '张三', 5])
    expect(safeSheetName('2026-12-01 讲座: [一]/二?')).toBe('2026-12-01 讲座   一  二')
    expect(safeFileName('a/b\\c:d*?"<>|', 'csv')).toBe('a_b_c_d______.csv')
  })
})
