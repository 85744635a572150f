import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { createApiHandlers } from '../../../src-main/api/handlers'
import { createHandlerContext } from '../../../src-main/api/handlers/context'
import { dispatch } from '../../../src-main/api/dispatch'
import { openTempDatabase, type TempDatabase } from '../../helpers/tempDatabase'

let temp: TempDatabase
// The laptop's clock, moved by each test.
let clock = new Date(2026, 11, 2, 9, 0)

async function call(method: string, input: unknown) {
  return dispatch(createApiHandlers(createHandlerContext(temp.db, { now: () => clock })), method, input, 'zh-CN', 'worker')
}
async function ok<T>(method: string, input: unknown): Promise<T> {
  const answer = await call(method, input)
  if (!answer.ok) throw new Error(`${method} failed: ${JSON.stringify(answer.error)}`)
  return answer.result as T
}

interface AlertOut {
  id: string
  name: string
  phoneMasked: string
  level: string
  dueAt: string
  closedAt: string | null
  overdue: boolean
  followUps: { outcome: string }[]
}

beforeEach(async () => {
  temp = await openTempDatabase()
  clock = new Date(2026, 11, 2, 9, 0)
})
afterEach(() => temp.cleanup())

async function policeWorkbook(): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('预警')
  sheet.addRow(['某某派出所预警推送'])
  sheet.addRow(['序号', '姓名', '手机号', '预警级别', '预警时间'])
  sheet.addRow([1, '赵一', '138 0013 8000', '高', new Date(Date.UTC(2026, 11, 1, 21, 30))])
  sheet.addRow([2, '钱二', '0471-6281234', '中', '2026/12/01 08:05'])
  sheet.addRow([3, '', '13900139000', '低', '2026-12-01 10:00'])
  sheet.addRow([4, '孙三', '13700137000', '紧急?', '2026-12-01 10:00'])
  sheet.addRow([5, '李四', '13600136000', '低', '昨天'])
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
}

describe('alerts and follow-ups', () => {
  it('imports a police Excel with its title row, keeps minutes, skips unreadable rows and a second import', async () => {
    const dataBase64 = await policeWorkbook()
    const first = await ok<{ added: number; skipped: { row: number; reason: string }[] }>('alerts.import', { fileName: '预警.xlsx', dataBase64 })
    expect(first.added).toBe(2)
    expect(first.skipped).toEqual([
      { row: 5, reason: 'name_missing' },
      { row: 6, reason: 'level_unreadable' },
      { row: 7, reason: 'time_unreadable' },
    ])
    const again = await ok<{ added: number; skipped: { reason: string }[] }>('alerts.import', { fileName: '预警.xlsx', dataBase64 })
    expect(again.added).toBe(0)
    expect(again.skipped.filter((row) => row.reason === 'already_entered')).toHaveLength(2)
    const list = await ok<{ items: (AlertOut & { alertedAt: string })[] }>('alerts.list', {})
    const zhao = list.items.find((alert) => alert.name === '赵一')!
    expect(new Date(zhao.alertedAt)).toEqual(new Date(2026, 11, 1, 21, 30))
    expect(zhao.phoneMasked).toBe('138****8000')
    expect(list.items.find((alert) => alert.name === '钱二')!.phoneMasked).toBe('0471-****234')
    expect(JSON.stringify(list)).not.toContain('13800138000')
    expect(await ok('alerts.phone', { alertId: zhao.id })).toEqual({ phone: '13800138000' })
  })

  it('gives a due time by level, shows overdue ones first, and a conclusive follow-up closes an alert', async () => {
    const high = await ok<AlertOut>('alerts.create', { name: '赵一', phone: '13800138000', level: 'high', alertedAt: '2026-12-01T10:00:00' })
    const low = await ok<AlertOut>('alerts.create', { name: '钱二', level: 'low', alertedAt: '2026-12-01T09:00:00' })
    expect(new Date(high.dueAt)).toEqual(new Date(2026, 11, 2))
    expect(new Date(low.dueAt)).toEqual(new Date(2026, 11, 8))
    expect(high.overdue).toBe(true)
    expect(low.overdue).toBe(false)
    const list = await ok<{ items: AlertOut[]; open: number; overdue: number }>('alerts.list', {})
    expect(list.items.map((alert) => alert.name)).toEqual(['赵一', '钱二'])
    expect(list).toMatchObject({ open: 2, overdue: 1 })

    const noAnswer = await ok<AlertOut>('alerts.addFollowUp', { alertId: low.id, method: 'call', outcome: 'no_answer' })
    expect(noAnswer.closedAt).toBeNull()
    const done = await ok<AlertOut>('alerts.addFollowUp', { alertId: low.id, method: 'in_person', outcome: 'dissuaded', note: '已讲清“安全账户”骗局' })
    expect(done.closedAt).toBe(clock.toISOString())
    expect(done.followUps.map((f) => f.outcome)).toEqual(['dissuaded', 'no_answer'])
    expect((await ok<{ items: AlertOut[] }>('alerts.list', { status: 'open' })).items.map((alert) => alert.name)).toEqual(['赵一'])
  })

  it('counts alert work in the ledger without names or phones', async () => {
    const high = await ok<AlertOut>('alerts.create', { name: '赵一', phone: '13800138000', level: 'high', alertedAt: '2026-12-01T10:00:00' })
    const medium = await ok<AlertOut>('alerts.create', { name: '钱二', level: 'medium', alertedAt: '2026-12-01T11:00:00' })
    await ok('alerts.create', { name: '孙三', level: 'low', alertedAt: '2026-11-20T11:00:00' })
    await ok('alerts.addFollowUp', { alertId: medium.id, method: 'in_person', outcome: 'dissuaded', followedAt: '2026-12-02T08:00:00' })
    await ok('alerts.addFollowUp', { alertId: high.id, method: 'call', outcome: 'no_answer', followedAt: '2026-12-01T12:00:00' })
    const counts = await ok<{ alerts: Record<string, number> }>('ledger.casework', { from: '2026-12-01', to: '2026-12-31' })
    expect(counts.alerts).toEqual({ received: 2, followUps: 2, inPerson: 1, dissuaded: 1, defrauded: 0, notFraud: 0, overdue: 1 })
    expect(JSON.stringify(counts)).not.toMatch(/赵一|1380013/)
    const workbook = new ExcelJS.Workbook()
    const file = await ok<{ dataBase64: string }>('ledger.exportXlsx', { from: '2026-12-01', to: '2026-12-31' })
    await workbook.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ExcelJS.Buffer)
    const sheet = workbook.getWorksheet('预警劝阻')!
    expect(sheet.getRow(3).values).toEqual([undefined, '接到预警（条）', 2])
    expect(sheet.getRow(5).values).toEqual([undefined, '其中见面劝阻（次）', 1])
  })

  it('refuses a phone that is neither a mobile nor a landline, and unknown alerts, with readable messages', async () => {
    const bad = await call('alerts.create', { name: '赵一', phone: '12345', level: 'high', alertedAt: '2026-12-01T10:00:00' })
    expect(bad).toMatchObject({ ok: false, status: 400, error: { fields: { phone: '请填写手机号或固定电话，或者留空' } } })
    const missing = await call('alerts.addFollowUp', { alertId: '00000000-0000-4000-8000-000000000000', method: 'call', outcome: 'dissuaded' })
    expect(missing).toMatchObject({ ok: false, status: 404, error: { message: '找不到这条预警，可能已被删除。' } })
    const noHeader = await call('alerts.import', { fileName: 'x.csv', dataBase64: Buffer.from('a,b\n1,2\n').toString('base64') })
    expect(noHeader).toMatchObject({ ok: false, status: 400 })
  })

  it('the retention purge deletes alerts untouched since the cutoff, with their follow-ups', async () => {
    clock = new Date(2023, 0, 10)
    const old = await ok<AlertOut>('alerts.create', { name: '旧预警', level: 'low', alertedAt: '2023-01-09T10:00:00' })
    await ok('alerts.addFollowUp', { alertId: old.id, method: 'call', outcome: 'not_fraud' })
    const kept = await ok<AlertOut>('alerts.create', { name: '仍在跟进', level: 'low', alertedAt: '2023-01-09T10:00:00' })
    clock = new Date(2026, 0, 5)
    await ok('alerts.addFollowUp', { alertId: kept.id, method: 'visit', outcome: 'dissuaded' })
    const preview = await ok<{ cutoff: string; alerts: number }>('privacy.purgePreview', {})
    expect(preview.alerts).toBe(1)
    expect(await ok('privacy.purge', { cutoff: preview.cutoff })).toMatchObject({ alerts: 1 })
    expect((await ok<{ items: AlertOut[] }>('alerts.list', {})).items.map((alert) => alert.name)).toEqual(['仍在跟进'])
    expect(await temp.db.read((reader) => reader.get('SELECT COUNT(*) AS n FROM alert_follow_ups'))).toEqual({ n: 1 })
  })
})
