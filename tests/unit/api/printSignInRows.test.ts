import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestApp, type TestApp } from '../../helpers/testApp'

let app: TestApp
let sessionId: string

async function ok<T>(method: string, input: unknown): Promise<T> {
  const answer = await app.call(method, input)
  if (!answer.ok) throw new Error(`${method} failed: ${JSON.stringify(answer.error)}`)
  return answer.result as T
}

beforeEach(async () => {
  app = await openTestApp()
  sessionId = (await ok<{ id: string }>('sessions.create', { title: '讲座', startsAt: '2026-12-01T10:00:00+08:00', place: '活动室' })).id
  await ok('attendees.signUp', { sessionId, name: '赵六', phone: '13900139000', ageGroup: '60plus', neighbourhood: '幸福里 3 栋', consent: true })
  await ok('attendees.signUp', { sessionId, name: '阿明', ageGroup: '18-35', consent: true })
})
afterEach(() => app.cleanup())

describe('print.signInRows', () => {
  it('lists the people signed up by pinyin with masked phones, their neighbourhood and phone tail', async () => {
    const { items } = await ok<{ items: unknown[] }>('print.signInRows', { sessionId })
    expect(items).toEqual([
      { name: '阿明', phone: '', ageGroup: '18-35', neighbourhood: '', phoneTail: '' },
      { name: '赵六', phone: '139****9000', ageGroup: '60plus', neighbourhood: '幸福里 3 栋', phoneTail: '9000' },
    ])
  })

  it('gives whole numbers only when asked', async () => {
    const { items } = await ok<{ items: { phone: string }[] }>('print.signInRows', { sessionId, fullPhones: true })
    expect(items.map((item) => item.phone)).toEqual(['', '13900139000'])
  })

  it('says which session is missing and rejects unknown fields', async () => {
    expect(await app.call('print.signInRows', { sessionId: '00000000-0000-4000-8000-000000000000' }, 'en')).toMatchObject({ ok: false, status: 404 })
    expect(await app.call('print.signInRows', { sessionId, extra: 1 })).toMatchObject({ ok: false, status: 400 })
  })
})
