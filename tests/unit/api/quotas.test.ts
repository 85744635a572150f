import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { openTestApp, type TestApp } from '../../helpers/testApp'
import type { QuotaProgress } from '../../../src-main/contract/quotas'

let app: TestApp
// App work is timed when it is recorded, so the quota month is this one (local time).
const today = new Date()
const PERIOD = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}`
const LAST_YEAR = `${today.getFullYear() - 1}-01`

async function ok<T>(method: string, input: unknown): Promise<T> {
  const answer = await app.call(method, input)
  if (!answer.ok) throw new Error(`${method} failed: ${JSON.stringify(answer.error)}`)
  return answer.result as T
}

async function talk(gridId: string, startsAt: string): Promise<string> {
  const { id } = await ok<{ id: string }>('sessions.create', { title: '讲座', startsAt, place: '幸福社区', status: 'held' })
  await ok('sessions.ledgerFields.update', { sessionId: id, gridId })
  return id
}

async function person(sessionId: string, name: string, phone: string): Promise<string> {
  return (await ok<{ attendeeId: string }>('attendees.signUp', { sessionId, name, phone, consent: true, checkIn: true })).attendeeId
}

beforeEach(async () => {
  app = await openTestApp()
})
afterEach(() => app.cleanup())

describe('app quotas per grid', () => {
  it('counts installs and registrations at each grid’s sessions against its quota, lists who is not registered, and sums the community', async () => {
    const east = (await ok<{ id: string }>('grids.create', { name: '东区网格', places: [] })).id
    const west = (await ok<{ id: string }>('grids.create', { name: '西区网格', places: [] })).id
    await ok('quotas.set', { gridId: east, period: PERIOD, installs: 4, registrations: 2 })
    await ok('quotas.set', { gridId: west, period: PERIOD, installs: 10, registrations: 10 })
    // Setting it again replaces it.
    await ok('quotas.set', { gridId: east, period: PERIOD, installs: 4, registrations: 4 })
    const eastTalk = await talk(east, new Date(Date.now() - 3600_000).toISOString())
    const zhang = await person(eastTalk, '张三', '13800138000')
    const li = await person(eastTalk, '李四', '13900139000')
    await person(eastTalk, '王五', '13700137000')
    await ok('attendance.setAppStatus', { sessionId: eastTalk, attendeeId: zhang, registered: true })
    await ok('attendance.setAppStatus', { sessionId: eastTalk, attendeeId: li, installed: true })

    const progress = await ok<QuotaProgress>('quotas.progress', { period: PERIOD })
    const eastRow = progress.grids.find((grid) => grid.gridId === east)!
    expect(eastRow).toMatchObject({ installQuota: 4, registrationQuota: 4, installs: 2, registrations: 1, installRate: 0.5, registrationRate: 0.25, notReachedCount: 2 })
    expect(eastRow.notReached.map((p) => [p.name, p.phoneMasked])).toEqual([
      ['李四', '139****9000'],
      ['王五', '137****7000'],
    ])
    expect(progress.grids.find((grid) => grid.gridId === west)).toMatchObject({ installs: 0, installRate: 0, notReachedCount: 0 })
    expect(progress.community).toMatchObject({ installQuota: 14, registrationQuota: 14, installs: 2, registrations: 1 })
    expect(progress.community.installRate).toBeCloseTo(2 / 14)

    // Another month has no quota and no installs: nothing to show.
    expect((await ok<QuotaProgress>('quotas.progress', { period: LAST_YEAR })).grids).toEqual([])
  })

  it('refuses an unknown grid and a malformed month', async () => {
    expect(await app.call('quotas.set', { gridId: '00000000-0000-4000-8000-000000000000', period: PERIOD, installs: 1, registrations: 1 })).toMatchObject({
      ok: false,
      status: 404,
    })
    expect(await app.call('quotas.progress', { period: '2026-13' })).toMatchObject({ ok: false, status: 400 })
  })
})

describe('the quotas in the ledger export', () => {
  it('adds a sheet of completion per grid and for the community, with counts and no names or phones', async () => {
    const east = (await ok<{ id: string }>('grids.create', { name: '东区网格', places: [] })).id
    await ok('quotas.set', { gridId: east, period: PERIOD, installs: 4, registrations: 2 })
    const eastTalk = await talk(east, new Date(Date.now() - 3600_000).toISOString())
    const zhang = await person(eastTalk, '张三', '13800138000')
    await person(eastTalk, '李四', '13900139000')
    await ok('attendance.setAppStatus', { sessionId: eastTalk, attendeeId: zhang, registered: true })
    const { dataBase64 } = await ok<{ dataBase64: string }>('ledger.exportXlsx', { from: `${PERIOD}-01`, to: `${PERIOD}-28`, locale: 'zh-CN' })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(dataBase64, 'base64') as unknown as ExcelJS.Buffer)
    const sheet = workbook.getWorksheet('APP任务完成')!
    const rows = sheet.getSheetValues().slice(2) as unknown[][]
    expect(rows.map((row) => row.slice(1))).toEqual([
      [PERIOD, '东区网格', 4, 1, 0.25, 2, 1, 0.5, 1],
      [PERIOD, '全社区', 4, 1, 0.25, 2, 1, 0.5, ''],
    ])
    const text = JSON.stringify(workbook.worksheets.map((ws) => ws.getSheetValues()))
    expect(text).not.toContain('李四')
    expect(text).not.toContain('13900139000')
  })
})
