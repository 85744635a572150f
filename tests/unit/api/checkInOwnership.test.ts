import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestApp, type TestApp } from '../../helpers/testApp'

let app: TestApp
let sessionId: string
let zhang: string

interface CheckIn {
  checkedInAt: string
  alreadyCheckedIn: boolean
}

async function ok<T>(method: string, input: unknown): Promise<T> {
  const answer = await app.call(method, input)
  if (!answer.ok) throw new Error(`${method} failed: ${JSON.stringify(answer.error)}`)
  return answer.result as T
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 5))

function attendanceRows() {
  return app.db.read((db) =>
    db.all<{ attendee_id: string; source: string; checked_in_at: string | null; updated_at: string }>(
      'SELECT attendee_id, source, checked_in_at, updated_at FROM attendance ORDER BY attendee_id',
    ),
  )
}

function lastSeen(attendeeId: string) {
  return app.db.read(async (db) => (await db.get<{ last_seen_at: string }>('SELECT last_seen_at FROM attendees WHERE id = ?', [attendeeId]))?.last_seen_at)
}

beforeEach(async () => {
  app = await openTestApp()
  sessionId = (await ok<{ id: string }>('sessions.create', { title: '讲座', startsAt: '2026-12-01T10:00:00+08:00', place: '活动室' })).id
  zhang = (await ok<{ attendeeId: string }>('attendees.signUp', { sessionId, name: '张三', phone: '13800138000', consent: true })).attendeeId
})
afterEach(() => app.cleanup())

describe('attendance.checkIn says whether this call checked the person in', () => {
  it('answers alreadyCheckedIn false when it checked in, true with the standing time when someone else had', async () => {
    const first = await ok<CheckIn>('attendance.checkIn', { sessionId, attendeeId: zhang })
    expect(first).toEqual({ checkedInAt: expect.any(String), alreadyCheckedIn: false })
    await pause()
    const second = await ok<CheckIn>('attendance.checkIn', { sessionId, attendeeId: zhang })
    expect(second).toEqual({ checkedInAt: first.checkedInAt, alreadyCheckedIn: true })
    expect((await attendanceRows()).map((row) => row.checked_in_at)).toEqual([first.checkedInAt])
  })

  it('adds a person not signed up as a walk-in, and keeps the first source of one who was', async () => {
    const li = (
      await ok<{ attendeeId: string }>('attendees.signUp', {
        sessionId: (await ok<{ id: string }>('sessions.create', { title: '别的', startsAt: '2026-12-02T10:00:00+08:00', place: '礼堂' })).id,
        name: '李四',
        consent: false,
      })
    ).attendeeId
    const walkIn = await ok<CheckIn>('attendance.checkIn', { sessionId, attendeeId: li })
    expect(walkIn.alreadyCheckedIn).toBe(false)
    await ok<CheckIn>('attendance.checkIn', { sessionId, attendeeId: zhang })
    const rows = await app.db.read((db) => db.all<{ attendee_id: string; source: string }>('SELECT attendee_id, source FROM attendance WHERE session_id = ?', [sessionId]))
    expect(Object.fromEntries(rows.map((row) => [row.attendee_id, row.source]))).toEqual({ [li]: 'walkin', [zhang]: 'signup' })
  })

  it('marks the person as seen at the check-in', async () => {
    const before = await lastSeen(zhang)
    await pause()
    const { checkedInAt } = await ok<CheckIn>('attendance.checkIn', { sessionId, attendeeId: zhang })
    expect(await lastSeen(zhang)).toBe(checkedInAt)
    expect(checkedInAt > before!).toBe(true)
  })

  it('marks the person as seen again at a repeat check-in, which keeps the first check-in time', async () => {
    const first = await ok<CheckIn>('attendance.checkIn', { sessionId, attendeeId: zhang })
    await pause()
    const again = await ok<CheckIn>('attendance.checkIn', { sessionId, attendeeId: zhang })
    expect(again).toEqual({ checkedInAt: first.checkedInAt, alreadyCheckedIn: true })
    const seen = await lastSeen(zhang)
    expect(seen! > first.checkedInAt).toBe(true)
    expect(await app.db.read((db) => db.get<{ updated_at: string }>('SELECT updated_at FROM attendees WHERE id = ?', [zhang]))).toEqual({ updated_at: seen })
    expect((await attendanceRows()).map((row) => row.checked_in_at)).toEqual([first.checkedInAt])
  })

  it('still checks in on a session marked cancelled (the page says check-in works there)', async () => {
    await ok('sessions.update', { id: sessionId, status: 'cancelled' })
    expect(await ok<CheckIn>('attendance.checkIn', { sessionId, attendeeId: zhang })).toMatchObject({ alreadyCheckedIn: false })
  })

  it('refuses an unknown session or person with the same localized messages, and writes nothing', async () => {
    const before = await attendanceRows()
    const seenBefore = await lastSeen(zhang)
    const noSession = await app.call('attendance.checkIn', { sessionId: '00000000-0000-4000-8000-000000000000', attendeeId: zhang })
    expect(noSession).toMatchObject({ ok: false, status: 404, error: { code: 'not_found', message: '找不到这场宣讲活动，可能已被删除。' } })
    const noPerson = await app.call('attendance.checkIn', { sessionId, attendeeId: '00000000-0000-4000-8000-000000000000' }, 'en')
    expect(noPerson).toMatchObject({ ok: false, status: 404, error: { code: 'not_found', message: 'That person was not found; the record may have been deleted or merged.' } })
    const neither = await app.call('attendance.checkIn', { sessionId: '00000000-0000-4000-8000-000000000001', attendeeId: '00000000-0000-4000-8000-000000000002' }, 'en')
    expect(neither).toMatchObject({ ok: false, status: 404, error: { message: 'That outreach session was not found; it may have been deleted.' } })
    expect(await attendanceRows()).toEqual(before)
    expect(await lastSeen(zhang)).toBe(seenBefore)
  })

  it('is all or nothing: when marking the person seen fails, the check-in is not kept', async () => {
    await app.db.write((tx) => tx.exec("CREATE TRIGGER refuse_touch BEFORE UPDATE OF last_seen_at ON attendees BEGIN SELECT RAISE(ABORT, 'refused by test'); END"))
    const answer = await app.call('attendance.checkIn', { sessionId, attendeeId: zhang })
    expect(answer.ok).toBe(false)
    expect((await attendanceRows()).map((row) => row.checked_in_at)).toEqual([null])
  })
})

describe('attendance.undoCheckIn takes back only the check-in it names', () => {
  it('undoes the standing check-in when given its time; the sign-up stays', async () => {
    const { checkedInAt } = await ok<CheckIn>('attendance.checkIn', { sessionId, attendeeId: zhang })
    expect(await ok('attendance.undoCheckIn', { sessionId, attendeeId: zhang, checkedInAt })).toEqual({ checkedInAt: null })
    expect(await attendanceRows()).toMatchObject([{ attendee_id: zhang, source: 'signup', checked_in_at: null }])
  })

  it('answers 409 and changes nothing when the check-in was undone and made again elsewhere', async () => {
    const mine = await ok<CheckIn>('attendance.checkIn', { sessionId, attendeeId: zhang })
    await ok('attendance.undoCheckIn', { sessionId, attendeeId: zhang, checkedInAt: mine.checkedInAt })
    await pause()
    const theirs = await ok<CheckIn>('attendance.checkIn', { sessionId, attendeeId: zhang })
    const before = await attendanceRows()
    const answer = await app.call('attendance.undoCheckIn', { sessionId, attendeeId: zhang, checkedInAt: mine.checkedInAt })
    expect(answer).toMatchObject({ ok: false, status: 409, error: { code: 'conflict', message: expect.stringContaining('其他签到处') } })
    const english = await app.call('attendance.undoCheckIn', { sessionId, attendeeId: zhang, checkedInAt: mine.checkedInAt }, 'en')
    expect(english).toMatchObject({ ok: false, status: 409, error: { code: 'conflict', message: expect.stringContaining('another desk') } })
    expect(await attendanceRows()).toEqual(before)
    expect(before[0].checked_in_at).toBe(theirs.checkedInAt)
  })

  it('answers 409 when there is no standing check-in any more, and 404 when the person was never on the session', async () => {
    const { checkedInAt } = await ok<CheckIn>('attendance.checkIn', { sessionId, attendeeId: zhang })
    await ok('attendance.undoCheckIn', { sessionId, attendeeId: zhang, checkedInAt })
    const before = await attendanceRows()
    expect(await app.call('attendance.undoCheckIn', { sessionId, attendeeId: zhang, checkedInAt })).toMatchObject({ ok: false, status: 409, error: { code: 'conflict' } })
    expect(await attendanceRows()).toEqual(before)

    const other = (await ok<{ id: string }>('sessions.create', { title: '别的', startsAt: '2026-12-02T10:00:00+08:00', place: '礼堂' })).id
    expect(await app.call('attendance.undoCheckIn', { sessionId: other, attendeeId: zhang, checkedInAt })).toMatchObject({
      ok: false,
      status: 404,
      error: { message: '此人没有这场活动的签到记录。' },
    })
  })

  it('requires the check-in time it means to undo', async () => {
    await ok<CheckIn>('attendance.checkIn', { sessionId, attendeeId: zhang })
    const answer = await app.call('attendance.undoCheckIn', { sessionId, attendeeId: zhang })
    expect(answer).toMatchObject({ ok: false, status: 400, error: { code: 'invalid_input' } })
    expect((await attendanceRows())[0].checked_in_at).not.toBeNull()
  })
})

describe('attendees.signUp with checkIn says whether it checked the person in', () => {
  it('answers alreadyCheckedIn true for a person another desk had already checked in', async () => {
    const desk = await ok<CheckIn>('attendance.checkIn', { sessionId, attendeeId: zhang })
    const walkIn = await ok<{ checkedInAt: string; alreadyCheckedIn: boolean }>('attendees.signUp', { sessionId, name: '张三', phone: '13800138000', consent: true, checkIn: true })
    expect(walkIn).toMatchObject({ checkedInAt: desk.checkedInAt, alreadyCheckedIn: true })
    const fresh = await ok<{ checkedInAt: string; alreadyCheckedIn: boolean }>('attendees.signUp', { sessionId, name: '王五', phone: '13700137000', consent: true, checkIn: true })
    expect(fresh).toMatchObject({ checkedInAt: expect.any(String), alreadyCheckedIn: false })
  })
})
