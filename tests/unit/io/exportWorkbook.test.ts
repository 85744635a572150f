import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { openTestApp, type TestApp } from '../../helpers/testApp'

// A time zone away from UTC, so a date cell written in UTC instead of local wall-clock time shows up.
const originalTz = process.env.TZ
beforeAll(() => void (process.env.TZ = 'Asia/Shanghai'))
afterAll(() => void (process.env.TZ = originalTz))

let app: TestApp
let sessionId: string

async function ok<T>(method: string, input: unknown): Promise<T> {
  const answer = await app.call(method, input)
  if (!answer.ok) throw new Error(`${method} failed: ${JSON.stringify(answer.error)}`)
  return answer.result as T
}

async function firstSheet(method: string, input: unknown): Promise<ExcelJS.Worksheet> {
  const { dataBase64 } = await ok<{ dataBase64: string }>(method, input)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(dataBase64, 'base64') as unknown as ExcelJS.Buffer)
  return workbook.worksheets[0]
}

/** What a date cell shows, "2026-12-01 18:30": Excel keeps wall-clock time, which exceljs reads back as UTC fields. */
function shown(cell: ExcelJS.Cell): string {
  expect(cell.type).toBe(ExcelJS.ValueType.Date)
  expect(cell.numFmt).toBe('yyyy-mm-dd hh:mm')
  return (cell.value as Date).toISOString().slice(0, 16).replace('T', ' ')
}

/** The same instant in Shanghai, as the CSV export writes it. */
function inShanghai(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')
}

function expectPrintable(sheet: ExcelJS.Worksheet, headers: string[]): void {
  expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(headers)
  expect(sheet.getRow(1).font?.bold).toBe(true)
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
  expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' })
  for (const [index, header] of headers.entries()) expect(sheet.getColumn(index + 1).width, header).toBeGreaterThanOrEqual(8)
}

beforeEach(async () => {
  app = await openTestApp()
  sessionId = (await ok<{ id: string }>('sessions.create', { title: '守护钱袋子', startsAt: '2026-12-01T10:00:00+08:00', place: '活动室' })).id
  const zhang = await ok<{ attendeeId: string }>('attendees.signUp', { sessionId, name: '张三', phone: '13800131234', neighbourhood: '幸福里', consent: true })
  await ok('attendees.signUp', { sessionId, name: '李四', neighbourhood: '幸福里', consent: false })
  await ok('attendance.checkIn', { sessionId, attendeeId: zhang.attendeeId })
})
afterEach(() => app.cleanup())

describe('exported workbooks read back', () => {
  it('attendance: header, A4 landscape fitted to width, frozen header, check-in and registration times as local date cells', async () => {
    const sheet = await firstSheet('attendance.exportXlsx', { sessionId })
    expectPrintable(sheet, ['姓名', '手机号', '固定电话', '年龄段', '小区', '性别', '是否到场', '签到时间', '来源', '报名时间'])
    const stored = await app.db.read((db) =>
      db.all<{ checked_in_at: string | null; created_at: string }>('SELECT checked_in_at, created_at FROM attendance ORDER BY checked_in_at IS NULL'),
    )
    expect(shown(sheet.getCell('H2'))).toBe(inShanghai(stored[0].checked_in_at!))
    expect(shown(sheet.getCell('J2'))).toBe(inShanghai(stored[0].created_at))
    expect(sheet.getCell('H3').type).toBe(ExcelJS.ValueType.Null)
    expect(shown(sheet.getCell('J3'))).toBe(inShanghai(stored[1].created_at))
    expect(sheet.getColumn(8).width).toBeGreaterThanOrEqual(16)
  })

  it('people (streamed): the same layout, last seen and first recorded as local date cells', async () => {
    const sheet = await firstSheet('people.exportXlsx', { locale: 'en' })
    expectPrintable(sheet, ['Name', 'Phone', 'Landline', 'Age group', 'Neighbourhood', 'Gender', 'Sessions attended', 'Last seen', 'First recorded'])
    const zhang = await app.db.read((db) => db.get<{ last_seen_at: string; created_at: string }>("SELECT last_seen_at, created_at FROM attendees WHERE name = '张三'"))
    const row = [2, 3].find((n) => sheet.getCell(`A${n}`).value === '张三')!
    expect(shown(sheet.getCell(`H${row}`))).toBe(inShanghai(zhang!.last_seen_at))
    expect(shown(sheet.getCell(`I${row}`))).toBe(inShanghai(zhang!.created_at))
    expect(sheet.getCell(`G${row}`).value).toBe(1)
  })

  it('a title with an apostrophe still makes a workbook whose print titles name its sheet', async () => {
    const other = (await ok<{ id: string }>('sessions.create', { title: "Tom's talk", startsAt: '2026-12-01T10:00:00+08:00', place: 'Hall' })).id
    const sheet = await firstSheet('attendance.exportXlsx', { sessionId: other })
    expect(sheet.name).toBe('2026-12-01 Tom’s talk')
    expect(sheet.pageSetup.printTitlesRow).toBe('1:1')
  })

  it('the CSV export shows the same local times as text', async () => {
    const { csv } = await ok<{ csv: string }>('attendance.exportCsv', { sessionId })
    const checkedIn = await app.db.read((db) => db.get<{ t: string }>('SELECT checked_in_at AS t FROM attendance WHERE checked_in_at IS NOT NULL'))
    expect(csv.split('\r\n')[1].split(',')[7]).toBe(inShanghai(checkedIn!.t))
  })
})
