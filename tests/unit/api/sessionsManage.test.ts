import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestApp, type TestApp } from '../../helpers/testApp'

let app: TestApp
beforeEach(async () => {
  app = await openTestApp()
})
afterEach(() => app.cleanup())

interface SessionOut {
  id: string
  title: string
  status: string
  community: string
  neighbourhood: string
  building: string
  durationMinutes: number | null
  audience: string
  notes: string
  updatedAt: string
  createdAt: string
  registered: number
}

async function ok<T>(method: string, input: unknown, locale: 'zh-CN' | 'en' = 'zh-CN'): Promise<T> {
  const answer = await app.call(method, input, locale)
  if (!answer.ok) throw new Error(`${method} failed: ${JSON.stringify(answer.error)}`)
  return answer.result as T
}

const base = { title: '守护钱袋子', startsAt: '2026-12-01T14:30:00+08:00', place: '幸福社区党群服务中心' }

async function createSession(extra: Record<string, unknown> = {}): Promise<SessionOut> {
  return ok<SessionOut>('sessions.create', { ...base, ...extra })
}

async function titles(filters: Record<string, unknown>): Promise<string[]> {
  return (await ok<{ items: SessionOut[] }>('sessions.list', filters)).items.map((s) => s.title)
}

describe('sessions.create with every field', () => {
  it('keeps community, neighbourhood, building, presenters, audience, status and notes', async () => {
    const session = await createSession({
      community: '幸福社区',
      neighbourhood: '幸福里',
      building: '3号楼',
      presenters: '李警官',
      audience: 'elderly',
      status: 'held',
      durationMinutes: 90,
      notes: '带老花镜',
    })
    expect(session).toMatchObject({
      community: '幸福社区',
      neighbourhood: '幸福里',
      building: '3号楼',
      audience: 'elderly',
      status: 'held',
      durationMinutes: 90,
      notes: '带老花镜',
    })
  })
})

describe('sessions.update', () => {
  it('changes only the given fields, bumps updatedAt, and can clear the duration', async () => {
    const session = await createSession({ durationMinutes: 60, notes: '原备注' })
    await new Promise((resolve) => setTimeout(resolve, 5))
    const updated = await ok<SessionOut>('sessions.update', { id: session.id, title: '新标题', building: '5号楼', durationMinutes: null })
    expect(updated).toMatchObject({ id: session.id, title: '新标题', building: '5号楼', durationMinutes: null, notes: '原备注', createdAt: session.createdAt })
    expect(updated.updatedAt > session.updatedAt).toBe(true)
    expect(await ok('sessions.get', { id: session.id })).toMatchObject({ title: '新标题' })
  })

  it('cancels by setting the status', async () => {
    const session = await createSession()
    expect(await ok<SessionOut>('sessions.update', { id: session.id, status: 'cancelled' })).toMatchObject({ status: 'cancelled', title: base.title })
  })

  it('refuses bad input field by field and changes nothing', async () => {
    const session = await createSession()
    const answer = await app.call('sessions.update', { id: session.id, title: ' ', status: 'postponed', durationMinutes: 0, audience: 'pets' })
    expect(answer).toMatchObject({
      ok: false,
      status: 400,
      error: { fields: { title: '必填', status: '请从给定选项中选择', durationMinutes: '不能小于 1', audience: '请从给定选项中选择' } },
    })
    expect(await app.call('sessions.update', { id: session.id, colour: 'red' })).toMatchObject({ ok: false, status: 400 })
    expect(await ok('sessions.get', { id: session.id })).toMatchObject({ title: base.title, status: 'planned' })
  })

  it('says not_found for an unknown session', async () => {
    expect(await app.call('sessions.update', { id: '00000000-0000-4000-8000-000000000000', title: 'x' })).toMatchObject({ ok: false, status: 404 })
  })
})

describe('sessions.delete', () => {
  it('deletes a session without attendance straight away', async () => {
    const session = await createSession()
    expect(await ok('sessions.delete', { id: session.id })).toEqual({ deleted: true, attendanceRemoved: 0 })
    expect(await app.call('sessions.get', { id: session.id })).toMatchObject({ ok: false, status: 404 })
  })

  it('refuses to delete a session with attendance unless told the exact count, then removes its records', async () => {
    const session = await createSession()
    const keep = await createSession({ title: '另一场' })
    for (const [name, phone] of [
      ['张三', '13800138000'],
      ['李四', '13900139000'],
    ]) {
      await ok('attendees.signUp', { sessionId: session.id, name, phone, consent: true })
    }
    await ok('attendees.signUp', { sessionId: keep.id, name: '张三', phone: '13800138000', consent: true })

    const unconfirmed = await app.call('sessions.delete', { id: session.id })
    expect(unconfirmed).toMatchObject({ ok: false, status: 409, error: { code: 'conflict' } })
    expect(unconfirmed.ok ? '' : unconfirmed.error.message).toContain('2 条')
    const stale = await app.call('sessions.delete', { id: session.id, confirmAttendanceCount: 1 }, 'en')
    expect(stale).toMatchObject({ ok: false, status: 409 })
    expect(stale.ok ? '' : stale.error.message).toContain('2 sign-up')
    expect(await ok('sessions.get', { id: session.id })).toMatchObject({ registered: 2 })

    expect(await ok('sessions.delete', { id: session.id, confirmAttendanceCount: 2 })).toEqual({ deleted: true, attendanceRemoved: 2 })
    const left = await app.db.read((db) => db.get<{ rows: number; people: number }>('SELECT (SELECT COUNT(*) FROM attendance) AS rows, (SELECT COUNT(*) FROM attendees) AS people'))
    expect(left).toEqual({ rows: 1, people: 2 })
    expect(await ok('sessions.get', { id: keep.id })).toMatchObject({ registered: 1 })
  })

  it('refuses bad input and unknown ids', async () => {
    expect(await app.call('sessions.delete', { id: 'nope' })).toMatchObject({ ok: false, status: 400 })
    const session = await createSession()
    expect(await app.call('sessions.delete', { id: session.id, confirmAttendanceCount: -1 })).toMatchObject({ ok: false, status: 400 })
    expect(await app.call('sessions.delete', { id: session.id, confirmAttendanceCount: '2' })).toMatchObject({ ok: false, status: 400 })
    expect(await app.call('sessions.delete', { id: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ ok: false, status: 404 })
  })
})

describe('sessions.list filters', () => {
  beforeEach(async () => {
    await createSession({ title: 'Nov', startsAt: '2026-11-10T10:00:00', community: '和平社区', status: 'held' })
    await createSession({ title: 'Dec1', startsAt: '2026-12-01T09:00:00', place: '礼堂', building: '3号楼' })
    await createSession({ title: 'Dec1 late', startsAt: '2026-12-01T23:30:00', place: '幸福里活动室' })
    await createSession({ title: 'Dec5', startsAt: '2026-12-05T10:00:00', neighbourhood: '幸福里', status: 'cancelled' })
  })

  it('still accepts an empty object and lists all newest first', async () => {
    expect(await titles({})).toEqual(['Dec5', 'Dec1 late', 'Dec1', 'Nov'])
  })

  it('filters by local days, inclusive at both ends', async () => {
    expect(await titles({ from: '2026-12-01', to: '2026-12-01' })).toEqual(['Dec1 late', 'Dec1'])
    expect(await titles({ from: '2026-12-02' })).toEqual(['Dec5'])
    expect(await titles({ to: '2026-11-30' })).toEqual(['Nov'])
    expect(await titles({ from: '2026-12-01T12:00:00', to: '2026-12-05T10:00:00' })).toEqual(['Dec5', 'Dec1 late'])
  })

  it('filters by status and by any part of the place fields, with LIKE wildcards as plain text', async () => {
    expect(await titles({ status: 'held' })).toEqual(['Nov'])
    expect(await titles({ place: '幸福里' })).toEqual(['Dec5', 'Dec1 late'])
    expect(await titles({ place: '3号' })).toEqual(['Dec1'])
    expect(await titles({ place: '和平', status: 'held' })).toEqual(['Nov'])
    expect(await titles({ place: '%' })).toEqual([])
  })

  it('refuses bad filters with a message per field', async () => {
    const answer = await app.call('sessions.list', { from: '下周', status: 'maybe' })
    expect(answer).toMatchObject({ ok: false, status: 400, error: { fields: { from: '请填写有效的日期和时间', status: '请从给定选项中选择' } } })
  })
})
