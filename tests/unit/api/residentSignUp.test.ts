import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestApp, type TestApp } from '../../helpers/testApp'
import { localDayAt } from '../../helpers/sessionDays'

let app: TestApp
let sessionId: string
let zhangId: string

async function ok<T>(method: string, input: unknown): Promise<T> {
  const answer = await app.call(method, input)
  if (!answer.ok) throw new Error(`${method} failed: ${JSON.stringify(answer.error)}`)
  return answer.result as T
}

const count = async (sql: string, params: unknown[] = []) => (await app.db.read((db) => db.get<{ n: number }>(sql, params)))!.n
const personRow = (id: string) => app.db.read((db) => db.get<Record<string, unknown>>('SELECT id, name, phone, age_group, neighbourhood, gender FROM attendees WHERE id = ?', [id]))
const pendingRows = () => app.db.read((db) => db.all<Record<string, string>>('SELECT * FROM pending_signups'))

interface Pending {
  id: string
  typedPhoneMasked: string
  resident: { attendeeId: string; name: string; hasPhone: boolean }
  existing: { attendeeId: string; name: string; phoneMasked: string }
}
const pendingList = async (session = sessionId) => (await ok<{ items: Pending[] }>('signups.pendingList', { sessionId: session })).items

beforeEach(async () => {
  app = await openTestApp()
  sessionId = (await ok<{ id: string }>('sessions.create', { title: '守护钱袋子', startsAt: localDayAt(0, 23, 59), place: '活动室' })).id
  zhangId = (
    await ok<{ attendeeId: string }>('attendees.signUp', {
      sessionId,
      name: '张秀英',
      phone: '13800138000',
      ageGroup: '60plus',
      neighbourhood: '幸福里',
      gender: 'female',
      consent: true,
    })
  ).attendeeId
})
afterEach(() => app.cleanup())

const kiosk = (input: Record<string, unknown>, session = sessionId) => app.call('kiosk.signUp', { sessionId: session, consent: Boolean(input.phone), ...input })

describe('kiosk.signUp never changes another resident', () => {
  it("with another person's phone and a different name: the owner's record stays as it was, a pending sign-up is made, and the registration counts", async () => {
    const before = await personRow(zhangId)
    const answer = await kiosk({ name: '李建国', phone: '138 0013 8000', ageGroup: '36-59', neighbourhood: '和平里', gender: 'male' })
    expect(answer).toEqual({ ok: true, result: { registered: true, checkedIn: true } })
    expect(await personRow(zhangId)).toEqual(before)

    const pending = await pendingRows()
    expect(pending).toHaveLength(1)
    expect(pending[0]).toMatchObject({ session_id: sessionId, existing_attendee_id: zhangId, phone: '13800138000' })
    expect(await personRow(pending[0].provisional_attendee_id)).toMatchObject({ name: '李建国', phone: null, age_group: '36-59', neighbourhood: '和平里' })
    expect(await ok('sessions.get', { id: sessionId })).toMatchObject({ registered: 2, present: 1 })

    const listed = await pendingList()
    expect(listed).toEqual([
      expect.objectContaining({
        typedPhoneMasked: '138****8000',
        resident: expect.objectContaining({ name: '李建国', hasPhone: false }),
        existing: expect.objectContaining({ attendeeId: zhangId, name: '张秀英', phoneMasked: '138****8000' }),
      }),
    ])
    expect(JSON.stringify(listed)).not.toContain('13800138000')
  })

  it('with the same phone and the same name (after normalisation): links to that person, changes none of their fields', async () => {
    const before = await personRow(zhangId)
    expect(await kiosk({ name: ' 张秀英 ', phone: '+86 13800138000', ageGroup: '18-35', neighbourhood: '别处' })).toMatchObject({ ok: true })
    expect(await personRow(zhangId)).toEqual(before)
    expect(await count('SELECT COUNT(*) AS n FROM attendees')).toBe(1)
    expect(await count('SELECT COUNT(*) AS n FROM pending_signups')).toBe(0)
    expect(await ok('attendance.list', { sessionId })).toMatchObject({ registered: 1, present: 1 })
  })

  it('a new phone or no phone is a new person; a similar name without a phone is never offered, only saved', async () => {
    expect(await kiosk({ name: '赵桂兰', phone: '13700137000', neighbourhood: '和平里' })).toMatchObject({ ok: true })
    expect(await kiosk({ name: '张秀英', neighbourhood: '幸福里' })).toEqual({ ok: true, result: { registered: true, checkedIn: true } })
    expect(await count('SELECT COUNT(*) AS n FROM attendees')).toBe(3)
    expect(await count("SELECT COUNT(*) AS n FROM consents c JOIN attendees p ON p.id = c.attendee_id WHERE p.name = '赵桂兰'")).toBe(1)
  })

  it('registers only, without check-in, for a session whose day is ahead or past, and refuses cancelled or unknown sessions', async () => {
    const ahead = (await ok<{ id: string }>('sessions.create', { title: '下周讲座', startsAt: localDayAt(6), place: '礼堂' })).id
    expect(await kiosk({ name: '王芳' }, ahead)).toEqual({ ok: true, result: { registered: true, checkedIn: false } })
    expect(await ok('sessions.get', { id: ahead })).toMatchObject({ registered: 1, present: 0 })
    const past = (await ok<{ id: string }>('sessions.create', { title: '上周讲座', startsAt: localDayAt(-6), place: '礼堂' })).id
    expect(await kiosk({ name: '王芳' }, past)).toEqual({ ok: true, result: { registered: true, checkedIn: false } })

    await ok('sessions.update', { id: ahead, status: 'cancelled' })
    const people = await count('SELECT COUNT(*) AS n FROM attendees')
    expect(await kiosk({ name: '刘洋' }, ahead)).toMatchObject({ ok: false, status: 404, error: { code: 'not_found' } })
    expect(await kiosk({ name: '刘洋' }, '00000000-0000-4000-8000-000000000000')).toMatchObject({ ok: false, status: 404 })
    expect(await count('SELECT COUNT(*) AS n FROM attendees')).toBe(people)
  })

  it('refuses ids and worker-only fields, and a phone without consent', async () => {
    expect(await app.call('kiosk.signUp', { sessionId, name: '李四', consent: false, attendeeId: zhangId })).toMatchObject({ ok: false, status: 400 })
    expect(await app.call('kiosk.signUp', { sessionId, name: '李四', consent: false, checkIn: true })).toMatchObject({ ok: false, status: 400 })
    expect(await app.call('kiosk.signUp', { sessionId, name: '李四', phone: '13900139000', consent: false })).toMatchObject({
      ok: false,
      error: { fields: { consent: expect.stringContaining('同意') } },
    })
  })
})

describe('kiosk.sessionInfo', () => {
  it('answers exactly the title, start, whether it checks in today and whether a PIN is set: nothing about people', async () => {
    await kiosk({ name: '李建国', phone: '13800138000' })
    const info = await ok<Record<string, unknown>>('kiosk.sessionInfo', { sessionId })
    expect(Object.keys(info).sort()).toEqual(['checkInToday', 'id', 'pinSet', 'startsAt', 'title'])
    expect(info).toMatchObject({ id: sessionId, title: '守护钱袋子', checkInToday: true, pinSet: false })
    await ok('settings.update', { kioskPin: '2468' })
    expect(await ok('kiosk.sessionInfo', { sessionId })).toMatchObject({ pinSet: true })
    const json = JSON.stringify(info)
    for (const secret of ['张秀英', '李建国', '138', zhangId, 'registered', 'present']) expect(json).not.toContain(secret)
  })

  it('is not found for a cancelled or unknown session, in both languages', async () => {
    await ok('sessions.update', { id: sessionId, status: 'cancelled' })
    expect(await app.call('kiosk.sessionInfo', { sessionId })).toMatchObject({ ok: false, status: 404, error: { message: expect.stringContaining('找不到') } })
    expect(await app.call('kiosk.sessionInfo', { sessionId }, 'en')).toMatchObject({ ok: false, status: 404, error: { message: expect.stringContaining('not found') } })
  })
})

describe('resolving a pending sign-up', () => {
  let pending: Pending
  beforeEach(async () => {
    await kiosk({ name: '李建国', phone: '13800138000', ageGroup: '36-59', neighbourhood: '和平里' })
    pending = (await pendingList())[0]
  })

  it("same_person: folds the resident's record into the owner, keeping the attendance and the owner's fields", async () => {
    const before = await personRow(zhangId)
    expect(await ok('signups.resolvePending', { id: pending.id, resolution: 'same_person' })).toEqual({ attendeeId: zhangId, resolution: 'same_person', phoneKept: true })
    expect(await personRow(zhangId)).toEqual(before)
    expect(await personRow(pending.resident.attendeeId)).toBeUndefined()
    expect(await ok('attendance.list', { sessionId })).toMatchObject({ registered: 1, present: 1 })
    expect(await pendingList()).toEqual([])
  })

  it('different_person: keeps both, the phone stays with its owner, and they are not offered as duplicates', async () => {
    expect(await ok('signups.resolvePending', { id: pending.id, resolution: 'different_person' })).toEqual({
      attendeeId: pending.resident.attendeeId,
      resolution: 'different_person',
      phoneKept: false,
    })
    expect(await personRow(pending.resident.attendeeId)).toMatchObject({ name: '李建国', phone: null })
    expect(await personRow(zhangId)).toMatchObject({ name: '张秀英', phone: '13800138000' })
    expect(await count('SELECT COUNT(*) AS n FROM distinct_people')).toBe(1)
    expect(await ok('attendance.list', { sessionId })).toMatchObject({ registered: 2 })
    expect(await pendingList()).toEqual([])
  })

  it.each(['same_person', 'different_person', 'phone_typo'])('%s is one transaction: a failure at its last step leaves every record as it was', async (resolution) => {
    const snapshot = () =>
      app.db.read(async (db) => ({
        people: await db.all('SELECT * FROM attendees ORDER BY id'),
        attendance: await db.all('SELECT * FROM attendance ORDER BY id'),
        consents: await db.all('SELECT * FROM consents ORDER BY id'),
        distinct: await db.all('SELECT * FROM distinct_people'),
        pending: await db.all('SELECT * FROM pending_signups'),
      }))
    const before = await snapshot()
    await app.db.write((tx) => tx.run("CREATE TRIGGER refuse_pending_delete BEFORE DELETE ON pending_signups BEGIN SELECT RAISE(ABORT, 'refused'); END"))
    const answer = await app.call('signups.resolvePending', { id: pending.id, resolution, ...(resolution === 'phone_typo' ? { phone: '13800138001' } : {}) })
    expect(answer.ok).toBe(false)
    expect(await snapshot()).toEqual(before)
  })

  it("phone_typo: the corrected phone goes on the resident's record; a phone someone else has is refused and nothing changes", async () => {
    const other = (await ok<{ attendeeId: string }>('attendees.signUp', { sessionId, name: '王五', phone: '13900139000', consent: true })).attendeeId
    const taken = await app.call('signups.resolvePending', { id: pending.id, resolution: 'phone_typo', phone: '139 0013 9000' })
    expect(taken).toMatchObject({ ok: false, status: 409, error: { fields: { phone: expect.stringContaining('王五') } } })
    expect(await personRow(pending.resident.attendeeId)).toMatchObject({ phone: null })
    expect(await personRow(other)).toMatchObject({ name: '王五', phone: '13900139000' })
    expect(await pendingList()).toHaveLength(1)
    expect(await app.call('signups.resolvePending', { id: pending.id, resolution: 'phone_typo' })).toMatchObject({ ok: false, status: 400, error: { fields: { phone: '必填' } } })
    expect(await app.call('signups.resolvePending', { id: pending.id, resolution: 'phone_typo', phone: '12345' })).toMatchObject({ ok: false, status: 400 })

    expect(await ok('signups.resolvePending', { id: pending.id, resolution: 'phone_typo', phone: '13800138001' })).toMatchObject({ phoneKept: true })
    expect(await personRow(pending.resident.attendeeId)).toMatchObject({ name: '李建国', phone: '13800138001' })
    expect(await personRow(zhangId)).toMatchObject({ name: '张秀英', phone: '13800138000' })
    expect(await pendingList()).toEqual([])
    expect(await app.call('signups.resolvePending', { id: pending.id, resolution: 'same_person' })).toMatchObject({ ok: false, status: 404 })
  })
})

describe("the worker's sign-up form and a phone on file under another name", () => {
  it('returns phoneOwner with what would change and saves nothing, until confirmUpdate', async () => {
    const before = await personRow(zhangId)
    const asked = await ok<Record<string, unknown>>('attendees.signUp', { sessionId, name: '李秀英', phone: '13800138000', ageGroup: '36-59', consent: true })
    expect(asked).toMatchObject({
      attendeeId: null,
      phoneOwner: {
        attendeeId: zhangId,
        name: '张秀英',
        changes: [
          { field: 'name', from: '张秀英', to: '李秀英' },
          { field: 'ageGroup', from: '60plus', to: '36-59' },
        ],
      },
    })
    expect(await personRow(zhangId)).toEqual(before)
    expect(await count('SELECT COUNT(*) AS n FROM attendees')).toBe(1)

    const confirmed = await ok<Record<string, unknown>>('attendees.signUp', {
      sessionId,
      name: '李秀英',
      phone: '13800138000',
      ageGroup: '36-59',
      consent: true,
      confirmUpdate: true,
    })
    expect(confirmed).toMatchObject({ attendeeId: zhangId, created: false, phoneOwner: null, changes: [{ field: 'name' }, { field: 'ageGroup' }] })
    expect(await personRow(zhangId)).toMatchObject({ name: '李秀英', age_group: '36-59', neighbourhood: '幸福里' })
  })

  it('the same name updates at once and lists what changed', async () => {
    const answer = await ok<Record<string, unknown>>('attendees.signUp', { sessionId, name: '张秀英', phone: '13800138000', neighbourhood: '幸福里 3 栋', consent: true })
    expect(answer).toMatchObject({ attendeeId: zhangId, phoneOwner: null, changes: [{ field: 'neighbourhood', from: '幸福里', to: '幸福里 3 栋' }] })
  })
})
