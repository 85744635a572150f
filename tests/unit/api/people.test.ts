import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestApp, type TestApp } from '../../helpers/testApp'

let app: TestApp
let sessionId: string

async function ok<T>(method: string, input: unknown): Promise<T> {
  const answer = await app.call(method, input)
  if (!answer.ok) throw new Error(`${method} failed: ${JSON.stringify(answer.error)}`)
  return answer.result as T
}

interface Item {
  attendeeId: string
  name: string
  phoneMasked: string
  hasPhone: boolean
  neighbourhood: string
  ageGroup: string | null
  gender: string | null
  attendanceCount: number
  checkedInCount: number
  consentStatus: string
}

async function signUp(input: Record<string, unknown>, session = sessionId): Promise<string> {
  const result = await ok<{ attendeeId: string }>('attendees.signUp', { sessionId: session, consent: Boolean(input.phone), confirmedNew: true, ...input })
  return result.attendeeId
}

async function count(sql: string, params: unknown[] = []): Promise<number> {
  return (await app.db.read((db) => db.get<{ n: number }>(sql, params)))!.n
}

async function newSession(title: string): Promise<string> {
  return (await ok<{ id: string }>('sessions.create', { title, startsAt: '2026-12-01T10:00:00+08:00', place: '活动室' })).id
}

beforeEach(async () => {
  app = await openTestApp()
  sessionId = await newSession('讲座')
})
afterEach(() => app.cleanup())

describe('people.list', () => {
  it('pages, counts, masks phones and searches by name, initials, pinyin and phone tail', async () => {
    const zhang = await signUp({ name: '张三', phone: '13800138000', neighbourhood: '幸福里', ageGroup: '60plus' })
    await signUp({ name: '李四', neighbourhood: '和平里', ageGroup: '18-35' })
    await signUp({ name: '王五', neighbourhood: '幸福里' })
    await ok('attendance.checkIn', { sessionId, attendeeId: zhang })

    const all = await ok<{ items: Item[]; total: number }>('people.list', { limit: 2 })
    expect(all.total).toBe(3)
    expect(all.items).toHaveLength(2)
    const next = await ok<{ items: Item[]; total: number }>('people.list', { limit: 2, offset: 2 })
    expect(next.items).toHaveLength(1)
    expect(new Set([...all.items, ...next.items].map((item) => item.name))).toEqual(new Set(['张三', '李四', '王五']))

    const byInitials = await ok<{ items: Item[] }>('people.list', { query: 'zs' })
    expect(byInitials.items).toEqual([expect.objectContaining({ name: '张三', phoneMasked: '138****8000', attendanceCount: 1, checkedInCount: 1, consentStatus: 'given' })])
    expect(JSON.stringify(byInitials)).not.toContain('13800138000')
    expect((await ok<{ items: Item[] }>('people.list', { query: '8000' })).items.map((item) => item.name)).toEqual(['张三'])
    expect((await ok<{ items: Item[] }>('people.list', { query: 'lisi' })).items.map((item) => item.name)).toEqual(['李四'])
    expect((await ok<{ items: Item[] }>('people.list', { query: '王' })).items.map((item) => item.name)).toEqual(['王五'])
    expect((await ok<{ total: number }>('people.list', { neighbourhood: '幸福里' })).total).toBe(2)
    expect((await ok<{ items: Item[] }>('people.list', { ageGroup: '18-35' })).items.map((item) => item.name)).toEqual(['李四'])
    expect((await ok<{ items: Item[] }>('people.list', { query: '100%' })).items).toEqual([])
  })

  it('refuses bad paging input with field messages', async () => {
    const answer = await app.call('people.list', { limit: 1000, offset: -1, ageGroup: 'old' })
    expect(answer).toMatchObject({ ok: false, status: 400, error: { fields: { limit: '不能大于 200', offset: '不能小于 0', ageGroup: '请从给定选项中选择' } } })
  })

  it('lists neighbourhoods with how many people each', async () => {
    await signUp({ name: '张三', neighbourhood: '幸福里' })
    await signUp({ name: '李四', neighbourhood: '幸福里' })
    await signUp({ name: '王五', neighbourhood: '和平里' })
    await signUp({ name: '赵六' })
    expect((await ok<{ items: unknown[] }>('people.neighbourhoods', {})).items).toEqual([
      { name: '幸福里', people: 2 },
      { name: '和平里', people: 1 },
    ])
  })
})

describe('people.get and people.update', () => {
  it('shows attendance history and consents, never the whole phone', async () => {
    const id = await signUp({ name: '张三', phone: '13800138000' })
    const detail = await ok<{ person: Item; attendance: { title: string }[]; consents: { purpose: string; withdrawnAt: null }[] }>('people.get', { id })
    expect(detail.person.name).toBe('张三')
    expect(detail.attendance.map((row) => row.title)).toEqual(['讲座'])
    expect(detail.consents).toEqual([expect.objectContaining({ purpose: 'outreach_contact', withdrawnAt: null })])
    expect(JSON.stringify(detail)).not.toContain('13800138000')
    expect(await app.call('people.get', { id: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ ok: false, status: 404 })
  })

  it('updates fields, keeps the phone when none is sent, and validates like sign-up', async () => {
    const id = await signUp({ name: '张三', phone: '13800138000' })
    const updated = await ok<Item>('people.update', { id, name: '张 三', ageGroup: '36-59', neighbourhood: '幸福里3栋', gender: 'male', consent: true })
    expect(updated).toMatchObject({ name: '张 三', ageGroup: '36-59', neighbourhood: '幸福里3栋', gender: 'male', phoneMasked: '138****8000' })
    const bad = await app.call('people.update', { id, name: 'x;1', phone: '123', ageGroup: null, neighbourhood: '', gender: null, consent: true }, 'en')
    expect(bad).toMatchObject({ ok: false, status: 400, error: { fields: { name: expect.stringContaining('Chinese'), phone: expect.stringContaining('11-digit') } } })
  })

  it('needs consent to keep a phone, and unticking consent withdraws it once the phone is removed', async () => {
    const id = await signUp({ name: '张三', phone: '13800138000' })
    const base = { id, name: '张三', ageGroup: null, neighbourhood: '', gender: null }
    const keepWithout = await app.call('people.update', { ...base, consent: false })
    expect(keepWithout).toMatchObject({ ok: false, status: 400, error: { fields: { consent: expect.stringContaining('同意') } } })
    const newWithout = await app.call('people.update', { ...base, phone: '13900139000', consent: false })
    expect(newWithout).toMatchObject({ ok: false, error: { fields: { consent: expect.stringContaining('同意') } } })

    const removed = await ok<Item>('people.update', { ...base, phone: '', consent: false })
    expect(removed).toMatchObject({ hasPhone: false, consentStatus: 'withdrawn' })
    expect(await count('SELECT COUNT(*) AS n FROM consents WHERE attendee_id = ? AND withdrawn_at IS NOT NULL', [id])).toBe(1)
    const again = await ok<Item>('people.update', { ...base, phone: '13900139000', consent: true })
    expect(again).toMatchObject({ phoneMasked: '139****9000', consentStatus: 'given' })
  })

  it("refuses another person's phone with a message naming them and suggesting a merge", async () => {
    await signUp({ name: '张三', phone: '13800138000' })
    const li = await signUp({ name: '李四' })
    const answer = await app.call('people.update', { id: li, name: '李四', phone: '138 0013 8000', ageGroup: null, neighbourhood: '', gender: null, consent: true })
    expect(answer).toMatchObject({ ok: false, status: 409, error: { message: expect.stringContaining('张三'), fields: { phone: expect.stringContaining('合并') } } })
  })
})

describe('people.delete', () => {
  it('removes the person with every attendance and consent row, and nobody else', async () => {
    const other = await newSession('第二场')
    const id = await signUp({ name: '张三', phone: '13800138000' })
    await signUp({ name: '张三', phone: '13800138000' }, other)
    const keep = await signUp({ name: '李四', phone: '13900139000' })
    expect(await ok('people.delete', { id })).toEqual({ attendance: 2, consents: 1 })
    expect(await count('SELECT COUNT(*) AS n FROM attendees WHERE id = ?', [id])).toBe(0)
    expect(await count('SELECT COUNT(*) AS n FROM attendance WHERE attendee_id = ?', [id])).toBe(0)
    expect(await count('SELECT COUNT(*) AS n FROM consents WHERE attendee_id = ?', [id])).toBe(0)
    expect(await count('SELECT COUNT(*) AS n FROM attendance WHERE attendee_id = ?', [keep])).toBe(1)
    expect(await app.call('people.delete', { id })).toMatchObject({ ok: false, status: 404 })
  })
})

describe('bad input to every people, settings and privacy method', () => {
  const id = '00000000-0000-4000-8000-000000000000'
  const cases: [string, unknown, string][] = [
    ['people.list', { query: 'x'.repeat(41) }, 'query'],
    ['people.list', { surprise: 1 }, '_'],
    ['people.neighbourhoods', { surprise: 1 }, '_'],
    ['people.get', { id: 'not-a-uuid' }, 'id'],
    ['people.update', { id, name: '', ageGroup: null, neighbourhood: '', gender: null, consent: false }, 'name'],
    ['people.update', { id, name: '张三', ageGroup: 'old', neighbourhood: '', gender: null, consent: false }, 'ageGroup'],
    ['people.update', { id, name: '张三', ageGroup: null, neighbourhood: 'x'.repeat(101), gender: 'x', consent: false }, 'neighbourhood'],
    ['people.delete', {}, 'id'],
    ['people.merge', { keepId: id }, 'mergeId'],
    ['people.duplicates', { all: true }, '_'],
    ['people.markDistinct', { aId: id, bId: 'x' }, 'bId'],
    ['settings.get', { pin: '1234' }, '_'],
    ['settings.update', { retentionMonths: 1.5 }, 'retentionMonths'],
    ['settings.update', { kioskPin: 123456 }, 'kioskPin'],
    ['kiosk.verifyPin', {}, 'pin'],
    ['privacy.purgePreview', { cutoff: '2020-01-01T00:00:00Z' }, '_'],
    ['privacy.purge', {}, 'cutoff'],
  ]

  it.each(cases)('%s %j is refused with a message for %s', async (method, input, field) => {
    const answer = await app.call(method, input)
    expect(answer).toMatchObject({ ok: false, status: 400, error: { code: 'invalid_input' } })
    if (!answer.ok) expect(answer.error.fields?.[field]).toBeTruthy()
  })

  it('says not_found for people that do not exist', async () => {
    for (const [method, input] of [
      ['people.update', { id, name: '张三', ageGroup: null, neighbourhood: '', gender: null, consent: false }],
      ['people.delete', { id }],
      ['people.merge', { keepId: id, mergeId: '00000000-0000-4000-8000-000000000001' }],
      ['people.markDistinct', { aId: id, bId: '00000000-0000-4000-8000-000000000001' }],
    ] as const) {
      expect(await app.call(method, input)).toMatchObject({ ok: false, status: 404 })
    }
  })
})
