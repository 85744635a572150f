import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApiHandlers } from '../../../src-main/api/handlers'
import { createHandlerContext, type ApiHandlers } from '../../../src-main/api/handlers/context'
import { dispatch } from '../../../src-main/api/dispatch'
import { PhoneSignupListeners } from '../../../src-main/transports/phoneSignupListeners'
import { openTempDatabase, type TempDatabase } from '../../helpers/tempDatabase'
import { localDayAt } from '../../helpers/sessionDays'

const LAN_HOST = '127.0.0.3'
let temp: TempDatabase
let listeners: PhoneSignupListeners
let handlers: ApiHandlers

async function open(hours = 4): Promise<void> {
  temp = await openTempDatabase()
  listeners = new PhoneSignupListeners({ lanHost: LAN_HOST, hours })
  handlers = createApiHandlers(createHandlerContext(temp.db, { phoneSignups: listeners }))
  listeners.attach(handlers)
}

async function worker<T>(method: string, input: unknown): Promise<T> {
  const answer = await dispatch(handlers, method, input, 'zh-CN', 'worker')
  if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`)
  return answer.result as T
}

async function openedSession(): Promise<{ id: string; url: string }> {
  const { id } = await worker<{ id: string }>('sessions.create', { title: '今天的讲座', startsAt: localDayAt(0, 23, 30), place: '活动室' })
  const { url } = await worker<{ url: string }>('phoneSignup.open', { sessionId: id })
  return { id, url }
}

/** What a phone sees at the link, and what a sign-up POST gets. */
async function phoneSees(url: string): Promise<{ page: number; text: string; signUp: number; quiz: number }> {
  const page = await fetch(url)
  const signUp = await fetch(`${url}/signup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: '李梅', consent: false }) })
  const quiz = await fetch(`${url}/quiz`)
  return { page: page.status, text: await page.text(), signUp: signUp.status, quiz: quiz.status }
}

const ENDED = { page: 410, text: expect.stringContaining('签到已结束'), signUp: 410, quiz: 410 }

afterEach(async () => {
  await listeners.stopAll()
  await temp.cleanup()
})

describe('phone sign-up closes at once', () => {
  beforeEach(() => open())

  it('is open until something closes it', async () => {
    const { url } = await openedSession()
    expect(await phoneSees(url)).toMatchObject({ page: 200, signUp: 200, quiz: 200 })
  })

  it('when the session is marked held', async () => {
    const { id, url } = await openedSession()
    await worker('sessions.update', { id, status: 'held' })
    expect(listeners.current(id)).toBeUndefined()
    expect(await phoneSees(url)).toMatchObject(ENDED)
    expect(await worker('phoneSignup.status', { sessionId: id })).toMatchObject({ open: false, url: null, count: 0 })
  })

  it('when the session is cancelled', async () => {
    const { id, url } = await openedSession()
    await worker('sessions.update', { id, status: 'cancelled' })
    expect(listeners.current(id)).toBeUndefined()
    expect(await phoneSees(url)).toMatchObject(ENDED)
  })

  it('not when another field of the session changes', async () => {
    const { id, url } = await openedSession()
    await worker('sessions.update', { id, place: '礼堂' })
    expect(listeners.current(id)?.url).toBe(url)
  })

  it('when the session is deleted', async () => {
    const { id, url } = await openedSession()
    await worker('sessions.delete', { id })
    expect(listeners.current(id)).toBeUndefined()
    expect((await fetch(url)).status).toBe(410)
  })

  it('when the worker closes it', async () => {
    const { id, url } = await openedSession()
    await worker('phoneSignup.close', { sessionId: id })
    expect(await phoneSees(url)).toMatchObject(ENDED)
  })
})

describe('phone sign-up after its hours', () => {
  beforeEach(() => open(0.4 / 3600))

  it('closes by itself when the set time has passed, without anyone asking', async () => {
    const { id, url } = await openedSession()
    expect(listeners.current(id)).toBeDefined()
    await new Promise((resolve) => setTimeout(resolve, 600))
    expect(listeners.current(id)).toBeUndefined()
    expect(await phoneSees(url)).toMatchObject(ENDED)
  })
})
