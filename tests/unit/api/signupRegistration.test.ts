import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestApp, type TestApp } from '../../helpers/testApp'
import { localDayAt } from '../../helpers/sessionDays'
import { createApiHandlers } from '../../../src-main/api/handlers'
import { createHandlerContext } from '../../../src-main/api/handlers/context'
import { dispatch } from '../../../src-main/api/dispatch'

let app: TestApp

async function ok<T>(method: string, input: unknown): Promise<T> {
  const answer = await app.call(method, input)
  if (!answer.ok) throw new Error(`${method} failed: ${JSON.stringify(answer.error)}`)
  return answer.result as T
}

async function newSession(startsAt: string, extra: Record<string, unknown> = {}): Promise<string> {
  return (await ok<{ id: string }>('sessions.create', { title: '讲座', startsAt, place: '活动室', ...extra })).id
}

const count = async (sql: string, params: unknown[] = []) => (await app.db.read((db) => db.get<{ n: number }>(sql, params)))!.n
const counts = async (id: string) => await ok<{ registered: number; present: number }>('sessions.get', { id })

/** The same database as the app, with the clock set to `at`: how records made on an earlier day come about. */
function callAt(at: string, method: string, input: unknown) {
  return dispatch(createApiHandlers(createHandlerContext(app.db, { now: () => new Date(at) })), method, input, 'zh-CN', 'worker')
}

beforeEach(async () => {
  app = await openTestApp()
})
afterEach(() => app.cleanup())

describe('sign-up before the session day is a registration only', () => {
  it('refuses checkIn for a session six days ahead with a localized message on checkIn, and saves nothing', async () => {
    const sessionId = await newSession(localDayAt(6))
    const zh = await app.call('attendees.signUp', { sessionId, name: '张三', phone: '13800138000', consent: true, checkIn: true })
    expect(zh).toMatchObject({ ok: false, status: 400, error: { code: 'invalid_input', fields: { checkIn: '活动当天才能签到' } } })
    const en = await app.call('attendees.signUp', { sessionId, name: '张三', consent: false, checkIn: true }, 'en')
    expect(en).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('registration only') } })
    expect(await count('SELECT COUNT(*) AS n FROM attendees')).toBe(0)
    expect(await count('SELECT COUNT(*) AS n FROM attendance')).toBe(0)
  })

  it('registers without checking in: 8 residents pre-registered are 0 present / 8 registered', async () => {
    const sessionId = await newSession(localDayAt(6))
    for (let i = 0; i < 8; i++) await ok('attendees.signUp', { sessionId, name: `居民${'一二三四五六七八'[i]}`, consent: false, confirmedNew: true })
    expect(await counts(sessionId)).toMatchObject({ registered: 8, present: 0 })
  })

  it("allows checkIn on the session's day and for a past session (the paper-sheet path)", async () => {
    const today = await newSession(localDayAt(0, 23, 59))
    const past = await newSession(localDayAt(-3))
    expect((await ok<{ checkedInAt: string | null }>('attendees.signUp', { sessionId: today, name: '张三', consent: false, checkIn: true })).checkedInAt).not.toBeNull()
    expect((await ok<{ checkedInAt: string | null }>('attendees.signUp', { sessionId: past, name: '李四', consent: false, checkIn: true })).checkedInAt).not.toBeNull()
  })
})

describe('marking a session held before its day', () => {
  it('needs confirmFuture; without it the status stays and the message is localized', async () => {
    const id = await newSession(localDayAt(6))
    const refused = await app.call('sessions.update', { id, status: 'held' })
    expect(refused).toMatchObject({ ok: false, status: 400, error: { fields: { status: expect.stringContaining('需要确认') } } })
    expect(await app.call('sessions.update', { id, status: 'held' }, 'en')).toMatchObject({ ok: false, error: { message: expect.stringContaining('has not come yet') } })
    expect(await ok('sessions.get', { id })).toMatchObject({ status: 'planned' })
    const held = await ok<{ startsAt: string }>('sessions.update', { id, status: 'held', confirmFuture: true })
    expect(held).toMatchObject({ status: 'held' })
    // The edit form sends every field: a session already confirmed as held can still be edited.
    expect(await ok('sessions.update', { id, title: '新标题', status: 'held', startsAt: held.startsAt })).toMatchObject({ status: 'held', title: '新标题' })
    expect(await app.call('sessions.update', { id, status: 'held', startsAt: localDayAt(7) })).toMatchObject({ ok: false, status: 400 })
  })

  it('applies to creating a held session ahead of its day and to moving a held one into the future, not to past ones', async () => {
    expect(await app.call('sessions.create', { title: '讲座', startsAt: localDayAt(2), place: '活动室', status: 'held' })).toMatchObject({ ok: false, status: 400 })
    expect(await count('SELECT COUNT(*) AS n FROM sessions')).toBe(0)
    const past = await newSession(localDayAt(-2), { status: 'held' })
    expect(await app.call('sessions.update', { id: past, startsAt: localDayAt(3) })).toMatchObject({ ok: false, status: 400 })
    expect(await ok('sessions.update', { id: past, title: '改名' })).toMatchObject({ status: 'held', title: '改名' })
    expect(await ok('sessions.update', { id: await newSession(localDayAt(0, 0, 5)), status: 'held' })).toMatchObject({ status: 'held' })
  })
})

describe('clean-up of check-ins made before the session day', () => {
  it('counts only check-ins before the local day began, refuses a stale count with 409, then undoes them keeping the registrations', async () => {
    const startsAt = localDayAt(-1, 14, 30)
    const sessionId = await newSession(startsAt)
    const ids: string[] = []
    for (const name of ['张三', '李四', '王五', '赵六'])
      ids.push((await ok<{ attendeeId: string }>('attendees.signUp', { sessionId, name, consent: false, confirmedNew: true })).attendeeId)
    const sixDaysBefore = localDayAt(-7, 9, 0)
    for (const attendeeId of ids.slice(0, 2)) expect(await callAt(sixDaysBefore, 'attendance.checkIn', { sessionId, attendeeId })).toMatchObject({ ok: true })
    expect(await callAt(localDayAt(-1, 0, 10), 'attendance.checkIn', { sessionId, attendeeId: ids[2] })).toMatchObject({ ok: true })
    expect(await callAt(localDayAt(-1, 14, 20), 'attendance.checkIn', { sessionId, attendeeId: ids[3] })).toMatchObject({ ok: true })

    expect(await ok('attendance.earlyCheckIns', { sessionId })).toEqual({ count: 2 })
    const stale = await app.call('attendance.undoEarlyCheckIns', { sessionId, expectedCount: 1 })
    expect(stale).toMatchObject({ ok: false, status: 409, error: { code: 'conflict', message: expect.stringContaining('2 条') } })
    expect(await counts(sessionId)).toMatchObject({ registered: 4, present: 4 })

    expect(await ok('attendance.undoEarlyCheckIns', { sessionId, expectedCount: 2 })).toEqual({ undone: 2 })
    expect(await counts(sessionId)).toMatchObject({ registered: 4, present: 2 })
    expect(await ok('attendance.earlyCheckIns', { sessionId })).toEqual({ count: 0 })
    const roster = await ok<{ items: { attendeeId: string; checkedInAt: string | null }[] }>('attendance.list', { sessionId })
    expect(
      roster.items
        .filter((item) => item.checkedInAt !== null)
        .map((item) => item.attendeeId)
        .sort(),
    ).toEqual(ids.slice(2).sort())
  })

  it('says not_found for an unknown session', async () => {
    expect(await app.call('attendance.earlyCheckIns', { sessionId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ ok: false, status: 404 })
  })
})
