import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestApp, type TestApp } from '../../helpers/testApp'

let app: TestApp

async function ok<T>(method: string, input: unknown): Promise<T> {
  const answer = await app.call(method, input)
  if (!answer.ok) throw new Error(`${method} failed: ${JSON.stringify(answer.error)}`)
  return answer.result as T
}

interface Setup {
  attendeeId: string
  regionChosenAt: string | null
  callAlertAt: string | null
  guardianLinkedAt: string | null
}

async function talkWith(name: string, phone: string): Promise<{ sessionId: string; attendeeId: string }> {
  const { id: sessionId } = await ok<{ id: string }>('sessions.create', { title: '讲座', startsAt: '2026-12-01T10:00:00+08:00', place: '幸福社区', status: 'held' })
  const { attendeeId } = await ok<{ attendeeId: string }>('attendees.signUp', { sessionId, name, phone, consent: true, checkIn: true })
  return { sessionId, attendeeId }
}

beforeEach(async () => {
  app = await openTestApp()
})
afterEach(() => app.cleanup())

describe('app set-up beyond install and registration', () => {
  it('marks each step once per person, keeps its first time, unmarks, and lists them on the roster', async () => {
    const { sessionId, attendeeId } = await talkWith('张三', '13800138000')
    expect(await ok<Setup>('people.appSetup.get', { attendeeId })).toEqual({ attendeeId, regionChosenAt: null, callAlertAt: null, guardianLinkedAt: null })
    const first = await ok<Setup>('people.appSetup.set', { attendeeId, regionChosen: true, callAlert: true })
    expect(first.regionChosenAt).toBeTruthy()
    expect(first.callAlertAt).toBeTruthy()
    expect(first.guardianLinkedAt).toBeNull()
    const again = await ok<Setup>('people.appSetup.set', { attendeeId, regionChosen: true, guardianLinked: true })
    expect(again.regionChosenAt).toBe(first.regionChosenAt)
    expect(again.guardianLinkedAt).toBeTruthy()
    expect((await ok<{ items: Setup[] }>('attendance.appSetupList', { sessionId })).items).toEqual([again])
    const off = await ok<Setup>('people.appSetup.set', { attendeeId, regionChosen: false, callAlert: false, guardianLinked: false })
    expect(off).toMatchObject({ regionChosenAt: null, callAlertAt: null, guardianLinkedAt: null })
    expect((await ok<{ items: Setup[] }>('attendance.appSetupList', { sessionId })).items).toEqual([])
  })

  it('keeps steps marked on either record when two records are merged, and goes with a deleted person', async () => {
    const { sessionId, attendeeId: keep } = await talkWith('张三', '13800138000')
    const { attendeeId: merge } = await ok<{ attendeeId: string }>('attendees.signUp', { sessionId, name: '张三', phone: '13900139000', consent: true, checkIn: true })
    await ok('people.appSetup.set', { attendeeId: keep, callAlert: true })
    const merged = await ok<Setup>('people.appSetup.set', { attendeeId: merge, guardianLinked: true })
    await ok('people.merge', { keepId: keep, mergeId: merge })
    const kept = await ok<Setup>('people.appSetup.get', { attendeeId: keep })
    expect(kept.callAlertAt).toBeTruthy()
    expect(kept.guardianLinkedAt).toBe(merged.guardianLinkedAt)
    await ok('people.delete', { id: keep })
    const rows = await app.db.read((reader) => reader.all('SELECT * FROM attendee_app_setup'))
    expect(rows).toEqual([])
  })

  it('refuses an unknown person with 404', async () => {
    const answer = await app.call('people.appSetup.set', { attendeeId: '00000000-0000-4000-8000-000000000000', callAlert: true })
    expect(answer).toMatchObject({ ok: false, status: 404 })
  })
})
