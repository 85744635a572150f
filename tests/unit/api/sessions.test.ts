import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestApp, type TestApp } from '../../helpers/testApp'

let app: TestApp
beforeEach(async () => {
  app = await openTestApp()
})
afterEach(() => app.cleanup())

const validSession = { title: '守护钱袋子 防范电信诈骗', startsAt: '2026-12-01T14:30:00+08:00', place: '幸福社区党群服务中心' }

describe('sessions.create', () => {
  it('stores the session and returns it with a UUID and UTC times', async () => {
    const answer = await app.call('sessions.create', validSession)
    expect(answer.ok).toBe(true)
    const session = (answer as { result: Record<string, unknown> }).result
    expect(session.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(session).toMatchObject({ title: validSession.title, place: validSession.place, startsAt: '2026-12-01T06:30:00.000Z', status: 'planned', registered: 0, present: 0 })
    const row = await app.db.read((db) => db.get<{ title: string; created_at: string; updated_at: string }>('SELECT * FROM sessions WHERE id = ?', [session.id]))
    expect(row?.title).toBe(validSession.title)
    expect(row?.created_at).toBe(row?.updated_at)
  })

  it('trims text and refuses blank fields, naming each field in Chinese by default', async () => {
    const answer = await app.call('sessions.create', { title: '   ', startsAt: '明天下午', place: '' })
    expect(answer).toMatchObject({ ok: false, status: 400, error: { code: 'invalid_input' } })
    if (answer.ok) return
    expect(answer.error.fields).toEqual({ title: '必填', startsAt: '请填写有效的日期和时间', place: '必填' })
    expect(answer.error.message).toContain('标题')
  })

  it('answers in English when asked', async () => {
    const answer = await app.call('sessions.create', { title: 'x'.repeat(101), startsAt: validSession.startsAt, place: 'Hall' }, 'en')
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { title: 'allows at most 100 characters' } } })
  })

  it('refuses unknown fields and wrong types', async () => {
    const unknownField = await app.call('sessions.create', { ...validSession, dropTable: true })
    expect(unknownField).toMatchObject({ ok: false, status: 400 })
    const wrongType = await app.call('sessions.create', { ...validSession, title: 42 })
    expect(wrongType).toMatchObject({ ok: false, status: 400, error: { fields: { title: '格式不对（应为文字）' } } })
    for (const notAnObject of [null, 'text', 7, [validSession]]) {
      expect(await app.call('sessions.create', notAnObject)).toMatchObject({ ok: false, status: 400 })
    }
    const count = await app.db.read((db) => db.get<{ n: number }>('SELECT COUNT(*) AS n FROM sessions'))
    expect(count?.n).toBe(0)
  })

  it('reads a date-time without offset as local time', async () => {
    const answer = await app.call('sessions.create', { ...validSession, startsAt: '2026-12-01T09:00' })
    expect(answer.ok && (answer.result as { startsAt: string }).startsAt).toBe(new Date('2026-12-01T09:00').toISOString())
  })
})

describe('activity types', () => {
  it('a session is a talk unless created as another kind of activity', async () => {
    expect(await app.call('sessions.create', validSession)).toMatchObject({ ok: true, result: { activityType: 'talk' } })
    expect(await app.call('sessions.create', { ...validSession, activityType: 'door_to_door' })).toMatchObject({ ok: true, result: { activityType: 'door_to_door' } })
    expect(await app.call('sessions.create', { ...validSession, activityType: 'party' })).toMatchObject({ ok: false, status: 400 })
  })
})

describe('sessions.list and sessions.get', () => {
  it('lists newest first and survives reopening the file', async () => {
    await app.call('sessions.create', { ...validSession, title: 'Earlier', startsAt: '2026-11-01T10:00:00Z' })
    await app.call('sessions.create', { ...validSession, title: 'Later', startsAt: '2026-12-01T10:00:00Z' })
    const listed = await app.call('sessions.list', {})
    expect(listed.ok && (listed.result as { items: { title: string }[] }).items.map((s) => s.title)).toEqual(['Later', 'Earlier'])
  })

  it('gets one by id and says not_found for an unknown id', async () => {
    const created = await app.call('sessions.create', validSession)
    const id = created.ok ? (created.result as { id: string }).id : ''
    expect(await app.call('sessions.get', { id })).toMatchObject({ ok: true, result: { id } })
    expect(await app.call('sessions.get', { id: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ ok: false, status: 404, error: { code: 'not_found' } })
    expect(await app.call('sessions.get', { id: 'not-a-uuid' })).toMatchObject({ ok: false, status: 400 })
  })

  it('sessions.list refuses stray input', async () => {
    expect(await app.call('sessions.list', { page: 2 })).toMatchObject({ ok: false, status: 400 })
  })
})

describe('dispatch', () => {
  it('says unknown_method for a method not in the contract, including prototype names', async () => {
    for (const name of ['sessions.drop', 'toString', '__proto__', 'constructor', 42]) {
      expect(await app.call(name as string, {})).toMatchObject({ ok: false, status: 404, error: { code: 'unknown_method' } })
    }
  })

  it('reports a full disk as storage_error, keeps what was saved, and saves nothing half-way', async () => {
    await app.call('sessions.create', validSession)
    await app.db.write(async (tx) => {
      const pages = await tx.get<{ page_count: number }>('PRAGMA page_count')
      await tx.exec(`PRAGMA max_page_count = ${pages!.page_count}`)
    })
    let answer = await app.call('sessions.create', { ...validSession, notes: 'n'.repeat(2000) })
    for (let i = 0; answer.ok && i < 50; i++) answer = await app.call('sessions.create', { ...validSession, notes: 'n'.repeat(2000) })
    expect(answer).toMatchObject({ ok: false, status: 503, error: { code: 'storage_error' } })
    expect(answer.ok ? '' : answer.error.message).toContain('SQLITE_FULL')
    const listed = await app.call('sessions.list', {})
    expect(listed.ok && (listed.result as { items: unknown[] }).items.length).toBeGreaterThanOrEqual(1)
  })
})
