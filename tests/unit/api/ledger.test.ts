import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { openTestApp, type TestApp } from '../../helpers/testApp'

let app: TestApp

async function ok<T>(method: string, input: unknown): Promise<T> {
  const answer = await app.call(method, input)
  if (!answer.ok) throw new Error(`${method} failed: ${JSON.stringify(answer.error)}`)
  return answer.result as T
}

async function session(title: string, startsAt: string, status = 'held'): Promise<string> {
  return (await ok<{ id: string }>('sessions.create', { title, startsAt, place: '幸福社区', presenters: '王老师', status })).id
}

async function person(sessionId: string, name: string, phone: string, checkIn = true): Promise<string> {
  return (await ok<{ attendeeId: string }>('attendees.signUp', { sessionId, name, phone, consent: true, checkIn })).attendeeId
}

// 1×1 PNG and a minimal JPEG header: enough for the magic-byte check.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9])

beforeEach(async () => {
  app = await openTestApp()
})
afterEach(() => app.cleanup())

describe('app install tracking', () => {
  it('records install and registration times; registered implies installed; false clears', async () => {
    const sessionId = await session('讲座', '2026-12-01T10:00:00+08:00')
    const attendeeId = await person(sessionId, '张三', '13800138000', false)
    const registered = await ok<{ appInstalledAt: string; appRegisteredAt: string }>('attendance.setAppStatus', { sessionId, attendeeId, registered: true })
    expect(registered.appInstalledAt).toBeTruthy()
    expect(registered.appRegisteredAt).toBe(registered.appInstalledAt)
    const roster = await ok<{ present: number }>('attendance.list', { sessionId })
    expect(roster.present).toBe(1)
    const fields = await ok<{ appInstalled: number; appRegistered: number }>('sessions.ledgerFields.get', { sessionId })
    expect(fields).toMatchObject({ appInstalled: 1, appRegistered: 1 })
    const unregistered = await ok<{ appInstalledAt: string | null; appRegisteredAt: string | null }>('attendance.setAppStatus', { sessionId, attendeeId, registered: false })
    expect(unregistered).toMatchObject({ appInstalledAt: registered.appInstalledAt, appRegisteredAt: null })
    const cleared = await ok('attendance.setAppStatus', { sessionId, attendeeId, installed: false })
    expect(cleared).toMatchObject({ appInstalledAt: null, appRegisteredAt: null })
    expect((await ok<{ items: unknown[] }>('attendance.appStatusList', { sessionId })).items).toEqual([])
  })

  it('keeps an app install recorded on either record when two records of one person are merged', async () => {
    const sessionId = await session('讲座', '2026-12-01T10:00:00+08:00')
    const keep = await person(sessionId, '张三', '13800138000')
    const merge = await person(sessionId, '张三', '13900139000')
    const installed = await ok<{ appInstalledAt: string }>('attendance.setAppStatus', { sessionId, attendeeId: merge, installed: true })
    await ok('people.merge', { keepId: keep, mergeId: merge })
    expect((await ok<{ items: unknown[] }>('attendance.appStatusList', { sessionId })).items).toEqual([
      { attendeeId: keep, appInstalledAt: installed.appInstalledAt, appRegisteredAt: null },
    ])
  })

  it('refuses a person not on the session when clearing, with a readable message', async () => {
    const sessionId = await session('讲座', '2026-12-01T10:00:00+08:00')
    const other = await session('别的', '2026-12-02T10:00:00+08:00')
    const attendeeId = await person(other, '李四', '13900139000')
    const answer = await app.call('attendance.setAppStatus', { sessionId, attendeeId, installed: false })
    expect(answer).toMatchObject({ ok: false, status: 404 })
  })
})

describe('ledger fields, grids and photos', () => {
  it('sets activity type, grid and counts, and refuses an unknown grid', async () => {
    const sessionId = await session('入户宣传', '2026-11-03T09:00:00+08:00')
    const grid = await ok<{ id: string; places: { kind: string }[] }>('grids.create', {
      name: '第一网格',
      householdCount: 300,
      residentCount: 800,
      places: [
        { name: '1号楼', kind: 'building' },
        { name: '幸福商业街', kind: 'shop_street' },
      ],
    })
    expect(grid.places).toHaveLength(2)
    const fields = await ok('sessions.ledgerFields.update', {
      sessionId,
      activityType: 'door_to_door',
      gridId: grid.id,
      householdsVisited: 45,
      peopleReached: 60,
      leaflets: 120,
      posters: 3,
    })
    expect(fields).toMatchObject({ activityType: 'door_to_door', gridId: grid.id, householdsVisited: 45, peopleReached: 60, leaflets: 120, booklets: 0, posters: 3 })
    const unknown = await app.call('sessions.ledgerFields.update', { sessionId, gridId: '00000000-0000-4000-8000-000000000000' })
    expect(unknown).toMatchObject({ ok: false, status: 404, error: { fields: { gridId: expect.stringContaining('网格') } } })
    const duplicate = await app.call('grids.create', { name: '第一网格' }, 'en')
    expect(duplicate).toMatchObject({ ok: false, status: 409, error: { fields: { name: 'There is already a grid with this name' } } })
    await ok('grids.delete', { id: grid.id })
    expect(await ok('sessions.ledgerFields.get', { sessionId })).toMatchObject({ gridId: null, householdsVisited: 45 })
  })

  it('keeps photos checked by their bytes, lists thumbnails, gives the full image and removes it', async () => {
    const sessionId = await session('讲座', '2026-12-01T10:00:00+08:00')
    const added = await ok<{ id: string; mime: string; thumbnailDataUrl: string }>('photos.add', {
      sessionId,
      fileName: 'hall.png',
      dataBase64: PNG.toString('base64'),
      thumbnailBase64: JPEG.toString('base64'),
    })
    expect(added.mime).toBe('image/png')
    expect(added.thumbnailDataUrl).toBe(`data:image/jpeg;base64,${JPEG.toString('base64')}`)
    const full = await ok<{ dataBase64: string }>('photos.get', { photoId: added.id })
    expect(Buffer.from(full.dataBase64, 'base64').equals(PNG)).toBe(true)
    const fake = await app.call('photos.add', {
      sessionId,
      fileName: 'x.png',
      dataBase64: Buffer.from('<svg>hi</svg>').toString('base64'),
      thumbnailBase64: JPEG.toString('base64'),
    })
    expect(fake).toMatchObject({ ok: false, status: 400, error: { fields: { dataBase64: expect.stringContaining('JPEG') } } })
    const pngThumb = await app.call('photos.add', { sessionId, fileName: 'x.png', dataBase64: PNG.toString('base64'), thumbnailBase64: PNG.toString('base64') })
    expect(pngThumb).toMatchObject({ ok: false, status: 400 })
    expect((await ok<{ items: unknown[] }>('photos.list', { sessionId })).items).toHaveLength(1)
    await ok('photos.remove', { photoId: added.id })
    expect((await ok<{ items: unknown[] }>('photos.list', { sessionId })).items).toHaveLength(0)
    expect(await app.call('photos.get', { photoId: added.id })).toMatchObject({ ok: false, status: 404 })
  })
})

describe('the ledger report', () => {
  // In the past, so a planned round with counts has happened by now.
  async function seedMonth() {
    const grid = await ok<{ id: string }>('grids.create', { name: '第一网格', householdCount: 100, residentCount: 400 })
    const talk = await session('守护钱袋子', '2025-10-01T14:30:00+08:00')
    await ok('sessions.ledgerFields.update', { sessionId: talk, gridId: grid.id, leaflets: 30 })
    const a = await person(talk, '张三', '13800138000')
    const b = await person(talk, '李四', '13900139000')
    await person(talk, '王五', '13700137000', false)
    await ok('attendance.setAppStatus', { sessionId: talk, attendeeId: a, registered: true })
    await ok('attendance.setAppStatus', { sessionId: talk, attendeeId: b, installed: true })
    const round = await session('入户宣传', '2025-10-05T09:00:00+08:00', 'planned')
    await ok('sessions.ledgerFields.update', { sessionId: round, activityType: 'door_to_door', gridId: grid.id, householdsVisited: 40, peopleReached: 55, leaflets: 80 })
    const second = await session('银发课堂', '2025-10-10T09:00:00+08:00')
    await ok('sessions.ledgerFields.update', { sessionId: second, activityType: 'elderly_class', gridId: grid.id })
    await ok('attendance.checkIn', { sessionId: second, attendeeId: a })
    await ok('photos.add', { sessionId: talk, fileName: '现场.png', dataBase64: PNG.toString('base64'), thumbnailBase64: JPEG.toString('base64') })
    await session('取消的', '2025-10-11T09:00:00+08:00', 'cancelled')
    await session('下个月', '2025-11-02T09:00:00+08:00')
    return { grid, talk, round }
  }

  it('lists every activity held with totals, counting a door-to-door round by its head count', async () => {
    await seedMonth()
    const report = await ok<{ rows: { title: string; peopleReached: number }[]; totals: Record<string, number> }>('ledger.report', { from: '2025-10-01', to: '2025-10-31' })
    expect(report.rows.map((row) => [row.title, row.peopleReached])).toEqual([
      ['守护钱袋子', 2],
      ['入户宣传', 55],
      ['银发课堂', 1],
    ])
    expect(report.totals).toMatchObject({ activities: 3, peopleReached: 58, householdsVisited: 40, appInstalled: 2, appRegistered: 1, leaflets: 110, photoCount: 1 })
    expect(JSON.stringify(report)).not.toMatch(/张三|1380013|8000/)
  })

  it('gives coverage per grid counting a person reached twice once, and monthly rates', async () => {
    await seedMonth()
    const coverage = await ok<{ items: Record<string, unknown>[] }>('ledger.coverage', { from: '2025-10-01', to: '2025-10-31' })
    expect(coverage.items).toEqual([expect.objectContaining({ gridName: '第一网格', residentsReached: 2 + 55, householdsReached: 40, householdCoverage: 0.4, activities: 3 })])
    const trends = await ok<{ items: Record<string, unknown>[] }>('ledger.trends', { from: '2025-09-01', to: '2025-11-30' })
    expect(trends.items).toEqual([
      expect.objectContaining({ month: '2025-10', peopleReached: 58, appInstalled: 2, installRate: 2 / 58, registrationRate: 1 / 58, leaflets: 110 }),
      expect.objectContaining({ month: '2025-11', peopleReached: 0, installRate: null }),
    ])
  })

  it('exports an Excel ledger with totals and a photo sheet with the thumbnail embedded, and no phone or name', async () => {
    await seedMonth()
    const file = await ok<{ fileName: string; dataBase64: string }>('ledger.exportXlsx', { from: '2025-10-01', to: '2025-10-31' })
    expect(file.fileName).toBe('宣传台账-2025-10-01_2025-10-31.xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ExcelJS.Buffer)
    const [ledger, photos] = workbook.worksheets
    expect(ledger.name).toBe('宣传台账')
    // The totals row is followed by the signature lines; its counts are SUM formulas with their results
    // (exceljs leaves out a result of 0; the workbook recalculates when opened).
    let totalsRow = ledger.rowCount
    while (totalsRow > 1 && ledger.getRow(totalsRow).getCell(1).value !== '合计') totalsRow--
    const totals = (ledger.getRow(totalsRow).values as unknown[]).map((value) =>
      value && typeof value === 'object' && 'formula' in value ? ((value as { result?: unknown }).result ?? 0) : value,
    )
    expect(totals.slice(1)).toEqual(['合计', '3 场活动', '', '', '', '', 58, 40, 0, 2, 1, 110, 0, 0, 1])
    expect(photos.getRow(2).getCell(3).value).toBe('现场.png')
    expect(photos.getImages()).toHaveLength(1)
    const everything = workbook.worksheets.flatMap((sheet) => sheet.getSheetValues().flat()).join('|')
    expect(everything).not.toMatch(/张三|李四|1380013|13900139000/)
  })

  it('refuses a reversed range with a field message', async () => {
    const answer = await app.call('ledger.report', { from: '2025-10-31', to: '2025-10-01' }, 'en')
    expect(answer).toMatchObject({ ok: false, status: 400, error: { fields: { to: expect.any(String) } } })
  })
})
