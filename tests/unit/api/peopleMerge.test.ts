import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestApp, type TestApp } from '../../helpers/testApp'

let app: TestApp
let sessionId: string

async function ok<T>(method: string, input: unknown): Promise<T> {
  const answer = await app.call(method, input)
  if (!answer.ok) throw new Error(`${method} failed: ${JSON.stringify(answer.error)}`)
  return answer.result as T
}

async function signUp(input: Record<string, unknown>, session = sessionId): Promise<string> {
  return (await ok<{ attendeeId: string }>('attendees.signUp', { sessionId: session, consent: Boolean(input.phone), confirmedNew: true, ...input })).attendeeId
}

async function newSession(title: string): Promise<string> {
  return (await ok<{ id: string }>('sessions.create', { title, startsAt: '2026-12-01T10:00:00+08:00', place: '活动室' })).id
}

async function attendanceOf(attendeeId: string): Promise<{ session_id: string; checked_in_at: string | null }[]> {
  return app.db.read((db) => db.all('SELECT session_id, checked_in_at FROM attendance WHERE attendee_id = ? ORDER BY session_id', [attendeeId]))
}

beforeEach(async () => {
  app = await openTestApp()
  sessionId = await newSession('第一场')
})
afterEach(() => app.cleanup())

interface Pair {
  reason: string
  a: { attendeeId: string; name: string }
  b: { attendeeId: string; name: string }
}

describe('people.duplicates and people.markDistinct', () => {
  it('offers same name or same pinyin in one neighbourhood, not elsewhere, not two phones, not pairs marked distinct', async () => {
    const wang = await signUp({ name: '王芳', neighbourhood: '幸福里' })
    const wang2 = await signUp({ name: '汪芳', neighbourhood: '幸福里' })
    await signUp({ name: '王芳', neighbourhood: '和平里' })
    const li = await signUp({ name: '李四', neighbourhood: '幸福里', phone: '13800138000' })
    const li2 = await signUp({ name: '李四', neighbourhood: '幸福里' })
    await signUp({ name: '赵六', neighbourhood: '幸福里', phone: '13900139000' })
    await signUp({ name: '赵六', neighbourhood: '幸福里', phone: '13700137000' })

    const { pairs } = await ok<{ pairs: Pair[] }>('people.duplicates', {})
    const asSets = pairs.map((pair) => [pair.reason, new Set([pair.a.attendeeId, pair.b.attendeeId])])
    expect(asSets).toHaveLength(2)
    expect(asSets).toContainEqual(['same_name', new Set([li, li2])])
    expect(asSets).toContainEqual(['same_pinyin', new Set([wang, wang2])])

    await ok('people.markDistinct', { aId: wang2, bId: wang })
    await ok('people.markDistinct', { aId: wang, bId: wang2 })
    expect((await ok<{ pairs: Pair[] }>('people.duplicates', {})).pairs.map((pair) => pair.reason)).toEqual(['same_name'])
    expect(await app.call('people.markDistinct', { aId: wang, bId: wang })).toMatchObject({ ok: false, status: 400 })
  })
})

describe('people.merge', () => {
  it('keeps all attendance: moves rows, combines a shared session with the earliest check-in, moves consents, fills empty fields', async () => {
    const second = await newSession('第二场')
    const third = await newSession('第三场')
    const keep = await signUp({ name: '王芳', neighbourhood: '幸福里' })
    const merge = await signUp({ name: '汪芳', neighbourhood: '幸福里', phone: '13800138000', ageGroup: '60plus', gender: 'female' })
    await signUp({ name: '汪芳', phone: '13800138000' }, second)
    await signUp({ name: '王芳', neighbourhood: '幸福里', attendeeId: keep }, third)
    const mergeCheckIn = await ok<{ checkedInAt: string }>('attendance.checkIn', { sessionId, attendeeId: merge })
    await new Promise((resolve) => setTimeout(resolve, 5))
    await ok('attendance.checkIn', { sessionId, attendeeId: keep })

    const result = await ok<{ person: Record<string, unknown>; attendanceMoved: number; attendanceCombined: number }>('people.merge', { keepId: keep, mergeId: merge })
    expect(result).toMatchObject({ attendanceMoved: 1, attendanceCombined: 1 })
    expect(result.person).toMatchObject({
      attendeeId: keep,
      name: '王芳',
      phoneMasked: '138****8000',
      ageGroup: '60plus',
      gender: 'female',
      attendanceCount: 3,
      consentStatus: 'given',
    })

    const rows = await attendanceOf(keep)
    expect(rows.map((row) => row.session_id).sort()).toEqual([sessionId, second, third].sort())
    expect(rows.find((row) => row.session_id === sessionId)?.checked_in_at).toBe(mergeCheckIn.checkedInAt)
    expect(await attendanceOf(merge)).toEqual([])
    const leftovers = await app.db.read((db) =>
      db.get<{ people: number; consents: number }>(
        'SELECT (SELECT COUNT(*) FROM attendees WHERE id = ?) AS people, (SELECT COUNT(*) FROM consents WHERE attendee_id = ?) AS consents',
        [merge, keep],
      ),
    )
    expect(leftovers).toEqual({ people: 0, consents: 1 })
  })

  it('keeps the phone of the kept record and refuses merging a person with themselves or a missing one', async () => {
    const keep = await signUp({ name: '李四', phone: '13900139000' })
    const merge = await signUp({ name: '李四', phone: '13800138000' })
    const result = await ok<{ person: { phoneMasked: string } }>('people.merge', { keepId: keep, mergeId: merge })
    expect(result.person.phoneMasked).toBe('139****9000')
    expect(await app.call('people.merge', { keepId: keep, mergeId: keep })).toMatchObject({
      ok: false,
      status: 400,
      error: { fields: { mergeId: expect.stringContaining('自己') } },
    })
    expect(await app.call('people.merge', { keepId: keep, mergeId: merge })).toMatchObject({ ok: false, status: 404 })
    expect(await app.call('people.merge', { keepId: 'nope', mergeId: merge })).toMatchObject({ ok: false, status: 400 })
  })
})
