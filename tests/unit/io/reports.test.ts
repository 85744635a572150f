import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import Papa from 'papaparse'
import ExcelJS from 'exceljs'
import { createApiHandlers } from '../../../src-main/api/handlers'
import { createHandlerContext } from '../../../src-main/api/handlers/context'
import { dispatch } from '../../../src-main/api/dispatch'
import { openTempDatabase, type TempDatabase } from '../../helpers/tempDatabase'
import { monthsBetween, summarizeAttendance } from '../../../src-main/domain/reports/summarizeAttendance'

let temp: TempDatabase
let call: (method: string, input: unknown, locale?: 'zh-CN' | 'en') => ReturnType<typeof dispatch>

async function ok<T>(method: string, input: unknown): Promise<T> {
  const answer = await call(method, input)
  if (!answer.ok) throw new Error(`${method} failed: ${JSON.stringify(answer.error)}`)
  return answer.result as T
}

async function session(title: string, startsAt: string, place: string, status: 'planned' | 'held' | 'cancelled'): Promise<string> {
  const { id } = await ok<{ id: string }>('sessions.create', { title, startsAt, place })
  await temp.db.write((tx) => tx.run('UPDATE sessions SET status = ? WHERE id = ?', [status, id]))
  return id
}

async function present(sessionId: string, name: string, phone: string, ageGroup?: string): Promise<void> {
  await ok('attendees.signUp', { sessionId, name, phone, ageGroup, consent: true, checkIn: true })
}

beforeEach(async () => {
  temp = await openTempDatabase()
  const handlers = createApiHandlers(createHandlerContext(temp.db, { now: () => new Date('2026-11-25T12:00:00Z') }))
  call = (method, input, locale = 'zh-CN') => dispatch(handlers, method, input, locale, 'worker')

  const september = await session('九月', '2026-09-10T10:00:00+08:00', '幸福里活动室', 'held')
  await present(september, '张三', '13800000001', '60plus')
  await present(september, '李四', '13800000002', '60plus')
  await ok('attendees.signUp', { sessionId: september, name: '王五', phone: '13800000003', consent: true })
  const october = await session('十月', '2026-10-05T10:00:00+08:00', '和平里礼堂', 'planned')
  await present(october, '张三', '13800000001', '60plus')
  await present(october, '王五', '13800000003')
  await session('没人来', '2026-10-20T10:00:00+08:00', '幸福里活动室', 'planned')
  const cancelled = await session('取消', '2026-10-25T10:00:00+08:00', '幸福里活动室', 'cancelled')
  await present(cancelled, '李四', '13800000002')
  const future = await session('将来', '2026-12-05T10:00:00+08:00', '幸福里活动室', 'planned')
  // Sign-up can no longer check in before the session day; such check-ins still exist from before that rule.
  await ok('attendees.signUp', { sessionId: future, name: '赵六', phone: '13800000004', consent: true })
  await temp.db.write((tx) => tx.run("UPDATE attendance SET checked_in_at = '2026-11-25T12:00:00.000Z' WHERE session_id = ?", [future]))
  const lastYear = await session('去年', '2025-12-31T10:00:00+08:00', '幸福里活动室', 'held')
  await present(lastYear, '孙七', '13800000005', '18-35')
})
afterEach(() => temp.cleanup())

describe('reports.summary', () => {
  it('counts held sessions and started sessions with check-ins; never cancelled, empty or future ones', async () => {
    const summary = await ok('reports.summary', { from: '2026-01-01', to: '2026-12-31' })
    expect(summary).toEqual({
      from: '2026-01-01',
      to: '2026-12-31',
      sessionsHeld: 2,
      attendances: 4,
      uniquePeople: 3,
      repeatAttendees: 1,
      byMonth: [
        { month: '2026-09', sessions: 1, attendances: 2, uniquePeople: 2 },
        { month: '2026-10', sessions: 1, attendances: 2, uniquePeople: 2 },
      ],
      byPlace: [
        { place: '和平里礼堂', sessions: 1, attendances: 2, uniquePeople: 2 },
        { place: '幸福里活动室', sessions: 1, attendances: 2, uniquePeople: 2 },
      ],
      byAgeGroup: [
        { ageGroup: '60plus', people: 2, attendances: 3 },
        { ageGroup: null, people: 1, attendances: 1 },
      ],
    })
  })

  it('without a range covers everything; a narrow range only its days', async () => {
    expect(await ok('reports.summary', {})).toMatchObject({ sessionsHeld: 3, attendances: 5, uniquePeople: 4, repeatAttendees: 1 })
    expect(await ok('reports.summary', { from: '2026-10-05', to: '2026-10-05' })).toMatchObject({ sessionsHeld: 1, attendances: 2 })
    expect(await ok('reports.summary', { from: '2026-10-06', to: '2026-10-31' })).toMatchObject({ sessionsHeld: 0, attendances: 0, byMonth: [] })
  })

  it('refuses a range that ends before it starts', async () => {
    const answer = await call('reports.summary', { from: '2026-12-01', to: '2026-01-01' })
    expect(answer).toMatchObject({ ok: false, status: 400, error: { fields: { to: '结束日期不能早于开始日期' } } })
  })

  it('never contains a name or a phone', async () => {
    const text = JSON.stringify(await ok('reports.summary', {}))
    for (const secret of ['张三', '李四', '王五', '孙七', '138000', '0001']) expect(text).not.toContain(secret)
  })
})

describe('reports.exportSummary', () => {
  it('CSV and XLSX carry the counts and nothing personal', async () => {
    const csvAnswer = await ok<{ fileName: string; dataBase64: string }>('reports.exportSummary', { from: '2026-01-01', to: '2026-12-31', format: 'csv' })
    const csv = Buffer.from(csvAnswer.dataBase64, 'base64').toString('utf8')
    expect(csvAnswer.fileName).toBe('宣讲统计-2026-01-01_2026-12-31.csv')
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data
    expect(rows).toContainEqual(['举办场次', '2'])
    expect(rows).toContainEqual(['2026-09', '1', '2', '2'])
    expect(csv).not.toMatch(/张三|1380000/)

    const xlsx = await ok<{ dataBase64: string }>('reports.exportSummary', { format: 'xlsx' })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(xlsx.dataBase64, 'base64') as unknown as ExcelJS.Buffer)
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['总览', '按月', '按地点', '按年龄段'])
    expect(workbook.worksheets[0].getRow(5).values).toEqual([undefined, '覆盖人数', 4])
  })
})

describe('summarizeAttendance', () => {
  it('fills quiet months so charts show them', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
    const totals = summarizeAttendance(
      [
        { id: 'a', place: 'P', month: '2026-01' },
        { id: 'b', place: 'P', month: '2026-03' },
      ],
      [{ sessionId: 'a', attendeeId: 'x', ageGroup: null }],
    )
    expect(totals.byMonth.map((m) => [m.month, m.sessions])).toEqual([
      ['2026-01', 1],
      ['2026-02', 0],
      ['2026-03', 1],
    ])
  })
})
