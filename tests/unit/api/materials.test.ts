import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestApp, type TestApp } from '../../helpers/testApp'
import type { Material, StockReportRow } from '../../../src-main/contract/materials'

let app: TestApp
const pad = (n: number) => String(n).padStart(2, '0')
const now = new Date()
const TODAY = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`

async function ok<T>(method: string, input: unknown): Promise<T> {
  const answer = await app.call(method, input)
  if (!answer.ok) throw new Error(`${method} failed: ${JSON.stringify(answer.error)}`)
  return answer.result as T
}

beforeEach(async () => {
  app = await openTestApp()
})
afterEach(() => app.cleanup())

describe('materials and prizes with a stock', () => {
  it('receives stock, hands out at a session into its ledger counts, warns when low, refuses a short stock and reports it', async () => {
    const { id: sessionId } = await ok<{ id: string }>('sessions.create', {
      title: '讲座',
      startsAt: new Date(Date.now() - 60_000).toISOString(),
      place: '幸福社区',
      status: 'held',
    })
    const leaflet = await ok<Material>('materials.create', { name: '防诈骗宣传单', kind: 'leaflet', unit: '份', lowStockAt: 50 })
    expect(leaflet).toMatchObject({ stock: 0, low: true })
    const eggs = await ok<Material>('materials.create', { name: '鸡蛋', kind: 'prize', unit: '盒', lowStockAt: 2 })
    expect((await ok<Material>('materials.receive', { materialId: leaflet.id, quantity: 200, note: '派出所送来' })).stock).toBe(200)
    await ok('materials.receive', { materialId: eggs.id, quantity: 10 })

    const after = await ok<Material>('materials.handOut', { materialId: leaflet.id, sessionId, quantity: 160 })
    expect(after).toMatchObject({ stock: 40, low: true })
    await ok('materials.handOut', { materialId: eggs.id, sessionId, quantity: 3 })
    expect(await ok('sessions.ledgerFields.get', { sessionId })).toMatchObject({ leaflets: 160, booklets: 0, posters: 0 })
    expect((await ok<{ items: unknown[] }>('materials.sessionUsage', { sessionId })).items).toEqual([
      { materialId: leaflet.id, name: '防诈骗宣传单', kind: 'leaflet', unit: '份', quantity: 160 },
      { materialId: eggs.id, name: '鸡蛋', kind: 'prize', unit: '盒', quantity: 3 },
    ])

    const short = await app.call('materials.handOut', { materialId: leaflet.id, sessionId, quantity: 41 })
    expect(short).toMatchObject({ ok: false, status: 409 })
    expect(JSON.stringify(short)).toContain('还剩 40')
    expect((await ok<{ items: Material[] }>('materials.list', {})).items.map((item) => [item.name, item.stock, item.low])).toEqual([
      ['防诈骗宣传单', 40, true],
      ['鸡蛋', 7, false],
    ])
    const report = await ok<{ items: StockReportRow[] }>('materials.stockReport', { from: TODAY, to: TODAY })
    expect(report.items.map((row) => [row.name, row.received, row.handedOut, row.stock])).toEqual([
      ['防诈骗宣传单', 200, 160, 40],
      ['鸡蛋', 10, 3, 7],
    ])
    const { text } = await ok<{ text: string }>('reports.dailyText', { date: TODAY })
    expect(text).toContain('四、发放宣传单 160 份、鸡蛋 3 盒')
  })

  it('refuses a second item of the same name', async () => {
    await ok('materials.create', { name: '毛巾', kind: 'prize' })
    expect(await app.call('materials.create', { name: '毛巾', kind: 'prize' })).toMatchObject({ ok: false, status: 409 })
  })
})

describe('the stock in the ledger export', () => {
  it('adds a stock sheet: received and handed out in the range, stock now, low warning', async () => {
    const ExcelJS = (await import('exceljs')).default
    const towel = await ok<Material>('materials.create', { name: '毛巾', kind: 'prize', unit: '条', lowStockAt: 5 })
    await ok('materials.receive', { materialId: towel.id, quantity: 8 })
    const { id: sessionId } = await ok<{ id: string }>('sessions.create', {
      title: '讲座',
      startsAt: new Date(Date.now() - 60_000).toISOString(),
      place: '幸福社区',
      status: 'held',
    })
    await ok('materials.handOut', { materialId: towel.id, sessionId, quantity: 4 })
    const { dataBase64 } = await ok<{ dataBase64: string }>('ledger.exportXlsx', { from: TODAY, to: TODAY, locale: 'zh-CN' })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(dataBase64, 'base64') as unknown as ArrayBuffer)
    const rows = workbook.getWorksheet('物资库存')!.getSheetValues().slice(1) as unknown[][]
    expect(rows.map((row) => row.slice(1))).toEqual([
      ['物品', '类别', '单位', '本期入库', '本期发放', '现有库存', '提醒'],
      ['毛巾', '奖品', '条', 8, 4, 4, '库存不足'],
    ])
  })
})
