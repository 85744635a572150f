import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestApp, type TestApp } from '../../helpers/testApp'

let app: TestApp

async function ok<T>(method: string, input: unknown): Promise<T> {
  const answer = await app.call(method, input)
  if (!answer.ok) throw new Error(`${method} failed: ${JSON.stringify(answer.error)}`)
  return answer.result as T
}

beforeEach(async () => {
  app = await openTestApp()
})
afterEach(() => app.cleanup())

const today = () => new Date().toISOString().slice(0, 10)

describe('pledges (承诺书)', () => {
  it('has a built-in template with the three required promises, keeps an edited one, and goes back on null', async () => {
    const builtIn = await ok<{ title: string; body: string; custom: boolean }>('pledges.template.get', {})
    expect(builtIn.custom).toBe(false)
    expect(builtIn.body).toMatch(/不出售、出借、出租.*银行卡、手机卡/)
    expect(builtIn.body).toContain('不帮陌生人转账')
    expect(builtIn.body).toContain('国家反诈中心')
    expect((await ok<{ title: string }>('pledges.template.get', { locale: 'en' })).title).toBe('Anti-fraud pledge')
    const edited = await ok('pledges.template.update', { template: { title: '幸福社区反诈承诺书', body: '第一条\n第二条' } })
    expect(edited).toEqual({ title: '幸福社区反诈承诺书', body: '第一条\n第二条', custom: true })
    expect(await ok('pledges.template.get', { locale: 'en' })).toEqual(edited)
    expect(await ok('pledges.template.update', { template: null })).toMatchObject({ custom: false, title: '防范电信网络诈骗承诺书' })
  })

  it('records who signed per session once, keeps the count when the person is deleted, and counts them in the ledger', async () => {
    const { id: sessionId } = await ok<{ id: string }>('sessions.create', { title: '讲座', startsAt: new Date().toISOString(), place: '社区', status: 'held' })
    const zhang = (await ok<{ attendeeId: string }>('attendees.signUp', { sessionId, name: '张三', phone: '13800138000', consent: true, checkIn: true })).attendeeId
    const li = (await ok<{ attendeeId: string }>('attendees.signUp', { sessionId, name: '李四', consent: false, checkIn: true })).attendeeId
    const first = await ok<{ id: string; name: string }>('pledges.record', { sessionId, attendeeId: zhang, kind: 'household' })
    expect(first.name).toBe('张三')
    expect((await ok<{ id: string }>('pledges.record', { sessionId, attendeeId: zhang, kind: 'household' })).id).toBe(first.id)
    await ok('pledges.record', { sessionId, attendeeId: li, kind: 'person' })
    await ok('pledges.record', { sessionId, kind: 'person' })
    expect((await ok<{ items: unknown[] }>('pledges.list', { sessionId })).items).toHaveLength(3)
    const counts = await ok<{ pledges: unknown }>('ledger.casework', { from: today(), to: today() })
    expect(counts.pledges).toEqual({ person: 2, household: 1 })

    await ok('people.delete', { id: zhang })
    const left = await ok<{ items: { attendeeId: string | null; name: string | null; kind: string }[] }>('pledges.list', { sessionId })
    expect(left.items.find((pledge) => pledge.kind === 'household')).toMatchObject({ attendeeId: null, name: null })
    expect((await ok<{ pledges: unknown }>('ledger.casework', { from: today(), to: today() })).pledges).toEqual({ person: 2, household: 1 })
  })

  it('refuses someone not on the roster and an unknown pledge', async () => {
    const { id: sessionId } = await ok<{ id: string }>('sessions.create', { title: '讲座', startsAt: new Date().toISOString(), place: '社区' })
    const { id: other } = await ok<{ id: string }>('sessions.create', { title: '另一场', startsAt: new Date().toISOString(), place: '社区' })
    const stranger = (await ok<{ attendeeId: string }>('attendees.signUp', { sessionId: other, name: '王五', consent: false })).attendeeId
    expect(await app.call('pledges.record', { sessionId, attendeeId: stranger, kind: 'person' })).toMatchObject({ ok: false, status: 404 })
    expect(await app.call('pledges.remove', { pledgeId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({
      ok: false,
      status: 404,
      error: { message: '找不到这份承诺书记录，可能已被删除。' },
    })
  })

  it('keeps optional photos of signed forms apart from the activity photos, checked by their bytes', async () => {
    const { id: sessionId } = await ok<{ id: string }>('sessions.create', { title: '讲座', startsAt: new Date().toISOString(), place: '社区' })
    const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9]).toString(
      'base64',
    )
    const added = await ok<{ id: string; thumbnailDataUrl: string }>('pledges.addPhoto', { sessionId, fileName: '承诺书.jpg', dataBase64: JPEG, thumbnailBase64: JPEG })
    expect(added.thumbnailDataUrl).toMatch(/^data:image\/jpeg;base64,/)
    expect((await ok<{ items: unknown[] }>('pledges.photos', { sessionId })).items).toHaveLength(1)
    expect((await ok<{ items: unknown[] }>('photos.list', { sessionId })).items).toHaveLength(0)
    const text = Buffer.from('not a picture').toString('base64')
    expect(await app.call('pledges.addPhoto', { sessionId, fileName: 'x.jpg', dataBase64: text, thumbnailBase64: JPEG })).toMatchObject({ ok: false, status: 400 })
    await ok('pledges.removePhoto', { photoId: added.id })
    expect((await ok<{ items: unknown[] }>('pledges.photos', { sessionId })).items).toHaveLength(0)
  })
})
