import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestApp, type TestApp } from '../../helpers/testApp'

let app: TestApp
let sessionId: string

async function ok<T>(method: string, input: unknown): Promise<T> {
  const answer = await app.call(method, input)
  if (!answer.ok) throw new Error(`${method} failed: ${JSON.stringify(answer.error)}`)
  return answer.result as T
}

interface SignUp {
  attendeeId: string | null
  created: boolean
  checkedInAt: string | null
  possibleDuplicates: { attendeeId: string; name: string }[]
}

beforeEach(async () => {
  app = await openTestApp()
  sessionId = (await ok<{ id: string }>('sessions.create', { title: '讲座', startsAt: '2026-12-01T10:00:00+08:00', place: '活动室' })).id
})
afterEach(() => app.cleanup())

describe('attendees.signUp', () => {
  it('creates a person with a normalised phone, records consent with its time, and registers them', async () => {
    const result = await ok<SignUp>('attendees.signUp', { sessionId, name: ' 张三 ', phone: '+86 138-0013-8000', ageGroup: '60plus', consent: true })
    expect(result).toMatchObject({ created: true, checkedInAt: null, possibleDuplicates: [] })
    const person = await app.db.read((db) => db.get<{ name: string; phone: string; name_initials: string }>('SELECT * FROM attendees WHERE id = ?', [result.attendeeId]))
    expect(person).toMatchObject({ name: '张三', phone: '13800138000', name_initials: 'zs' })
    const consent = await app.db.read((db) => db.get<{ purpose: string; given_at: string }>('SELECT * FROM consents WHERE attendee_id = ?', [result.attendeeId]))
    expect(consent?.purpose).toBe('outreach_contact')
    expect(Date.parse(consent!.given_at)).not.toBeNaN()
  })

  it('treats the same phone as the same person: updates, never duplicates', async () => {
    const first = await ok<SignUp>('attendees.signUp', { sessionId, name: '张三', phone: '13800138000', consent: true })
    const again = await ok<SignUp>('attendees.signUp', { sessionId, name: '张三', phone: '138 0013 8000', ageGroup: '36-59', consent: true })
    expect(again).toMatchObject({ attendeeId: first.attendeeId, created: false })
    const counts = await app.db.read((db) =>
      db.get<{ people: number; rows: number }>('SELECT (SELECT COUNT(*) FROM attendees) AS people, (SELECT COUNT(*) FROM attendance) AS rows'),
    )
    expect(counts).toEqual({ people: 1, rows: 1 })
    const roster = await ok<{ items: { ageGroup: string }[] }>('attendance.list', { sessionId })
    expect(roster.items[0].ageGroup).toBe('36-59')
  })

  it('refuses to keep a phone without consent, and bad phones and names, with field messages', async () => {
    const noConsent = await app.call('attendees.signUp', { sessionId, name: '李四', phone: '13900139000', consent: false })
    expect(noConsent).toMatchObject({ ok: false, status: 400, error: { fields: { consent: expect.stringContaining('同意') } } })
    const badPhone = await app.call('attendees.signUp', { sessionId, name: '李四', phone: '12345', consent: true }, 'en')
    expect(badPhone).toMatchObject({ ok: false, error: { fields: { phone: expect.stringContaining('11-digit') } } })
    const badName = await app.call('attendees.signUp', { sessionId, name: 'DROP TABLE;', consent: true })
    expect(badName).toMatchObject({ ok: false, error: { fields: { name: expect.stringContaining('汉字') } } })
    const people = await app.db.read((db) => db.get<{ n: number }>('SELECT COUNT(*) AS n FROM attendees'))
    expect(people?.n).toBe(0)
  })

  it('asks before adding a similar name in the same neighbourhood with no phone', async () => {
    const first = await ok<SignUp>('attendees.signUp', { sessionId, name: '王芳', neighbourhood: '幸福里', consent: false })
    const similar = await ok<SignUp>('attendees.signUp', { sessionId, name: '汪芳', neighbourhood: '幸福里', consent: false })
    expect(similar.attendeeId).toBeNull()
    expect(similar.possibleDuplicates.map((p) => p.attendeeId)).toEqual([first.attendeeId])
    const elsewhere = await ok<SignUp>('attendees.signUp', { sessionId, name: '王芳', neighbourhood: '和平里', consent: false })
    expect(elsewhere.created).toBe(true)

    const confirmedSame = await ok<SignUp>('attendees.signUp', { sessionId, name: '王芳', neighbourhood: '幸福里', consent: false, attendeeId: first.attendeeId })
    expect(confirmedSame).toMatchObject({ attendeeId: first.attendeeId, created: false })
    const confirmedNew = await ok<SignUp>('attendees.signUp', { sessionId, name: '汪芳', neighbourhood: '幸福里', consent: false, confirmedNew: true })
    expect(confirmedNew.created).toBe(true)
  })

  it('says not_found for an unknown session and saves nothing', async () => {
    const answer = await app.call('attendees.signUp', { sessionId: '00000000-0000-4000-8000-000000000000', name: '张三', consent: false })
    expect(answer).toMatchObject({ ok: false, status: 404 })
  })
})

describe('check-in', () => {
  it('checks in once, keeps the first time, counts present / registered, and can be undone', async () => {
    const a = await ok<SignUp>('attendees.signUp', { sessionId, name: '张三', phone: '13800138000', consent: true })
    await ok<SignUp>('attendees.signUp', { sessionId, name: '李四', phone: '13900139000', consent: true })
    const first = await ok<{ checkedInAt: string }>('attendance.checkIn', { sessionId, attendeeId: a.attendeeId })
    await new Promise((resolve) => setTimeout(resolve, 5))
    const second = await ok<{ checkedInAt: string }>('attendance.checkIn', { sessionId, attendeeId: a.attendeeId })
    expect(second.checkedInAt).toBe(first.checkedInAt)
    expect(await ok('attendance.list', { sessionId })).toMatchObject({ present: 1, registered: 2 })
    await ok('attendance.undoCheckIn', { sessionId, attendeeId: a.attendeeId, checkedInAt: first.checkedInAt })
    expect(await ok('attendance.list', { sessionId })).toMatchObject({ present: 0, registered: 2 })
  })

  it('a walk-in is signed up and checked in in one step', async () => {
    const walkIn = await ok<SignUp>('attendees.signUp', { sessionId, name: '赵六', phone: '13700137000', consent: true, checkIn: true })
    expect(walkIn.checkedInAt).not.toBeNull()
    const roster = await ok<{ items: { source: string; phoneMasked: string }[] }>('attendance.list', { sessionId })
    expect(roster.items[0]).toMatchObject({ source: 'walkin', phoneMasked: '137****7000' })
  })

  it('answers 404 for unknown people or sessions', async () => {
    const answer = await app.call('attendance.checkIn', { sessionId, attendeeId: '00000000-0000-4000-8000-000000000000' })
    expect(answer).toMatchObject({ ok: false, status: 404 })
  })
})

describe('attendance.search', () => {
  beforeEach(async () => {
    await ok('attendees.signUp', { sessionId, name: '张三', phone: '13800131234', consent: true })
    await ok('attendees.signUp', { sessionId, name: '赵四', phone: '13900135678', consent: true })
    const other = (await ok<{ id: string }>('sessions.create', { title: '另一场', startsAt: '2026-12-02T10:00:00+08:00', place: '礼堂' })).id
    await ok('attendees.signUp', { sessionId: other, name: '张森', phone: '13600131111', consent: true })
  })

  const names = async (query: string) => (await ok<{ items: { name: string }[] }>('attendance.search', { sessionId, query })).items.map((i) => i.name)

  it('finds by pinyin initials, roster first', async () => {
    expect(await names('zs')).toEqual(['张三', '赵四', '张森'])
    expect(await names('ZS')).toEqual(['张三', '赵四', '张森'])
  })

  it('finds by whole pinyin, Chinese characters, and phone tail or full phone', async () => {
    expect(await names('zhangsan')).toEqual(['张三'])
    expect(await names('张')).toEqual(['张三', '张森'])
    expect(await names('1234')).toEqual(['张三'])
    expect(await names('139 0013 5678')).toEqual(['赵四'])
  })

  it('treats LIKE wildcards as plain text', async () => {
    expect(await names('%')).toEqual([])
    expect(await names('_')).toEqual([])
  })
})
