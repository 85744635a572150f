import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApiHandlers } from '../../../src-main/api/handlers'
import { createHandlerContext, type ApiHandlers } from '../../../src-main/api/handlers/context'
import { dispatch } from '../../../src-main/api/dispatch'
import { PHONE_METHODS } from '../../../src-main/api/roles'
import { apiMethods } from '../../../src-main/contract'
import { PhoneSignupListeners } from '../../../src-main/transports/phoneSignupListeners'
import { openTempDatabase, type TempDatabase } from '../../helpers/tempDatabase'
import { localDayAt } from '../../helpers/sessionDays'

let temp: TempDatabase
let listeners: PhoneSignupListeners
let handlers: ApiHandlers
let sessionId: string
let token: string

const text = (zh: string, en: string) => ({ 'zh-CN': zh, en })
const QUESTIONS = [
  { slideId: 'q1', question: text('公检法会打电话要求转账吗？', 'Do police ask for transfers by phone?'), options: [text('会', 'Yes'), text('不会', 'No')], answer: 1 },
  { slideId: 'q2', question: text('陌生链接能点吗？', 'Open unknown links?'), options: [text('能', 'Yes'), text('不能', 'No'), text('看情况', 'Depends')], answer: 1 },
]

async function call<T>(method: string, input: unknown, role: 'worker' | 'phone' | 'resident' = 'worker') {
  return (await dispatch(handlers, method, input, 'zh-CN', role)) as { ok: boolean; status?: number; result: T; error?: { code: string; message: string } }
}

beforeEach(async () => {
  temp = await openTempDatabase()
  listeners = new PhoneSignupListeners({ lanHost: '127.0.0.4' })
  handlers = createApiHandlers(createHandlerContext(temp.db, { phoneSignups: listeners }))
  listeners.attach(handlers)
  sessionId = (await call<{ id: string }>('sessions.create', { title: '讲座', startsAt: localDayAt(0, 23, 30), place: '活动室' })).result.id
})
afterEach(async () => {
  await listeners.stopAll()
  await temp.cleanup()
})

async function openSignup(): Promise<void> {
  const { url } = (await call<{ url: string }>('phoneSignup.open', { sessionId })).result
  token = url.split('/p/')[1]
}

const answer = (round: string, slideId: string, choice: number, device: string) =>
  call<{ counted: boolean; already: boolean }>('phoneQuiz.answer', { sessionId, token, roundId: round, slideId, choice, deviceId: device.padEnd(20, '0') }, 'phone')

describe('phone quizzes', () => {
  it('need phone sign-up open', async () => {
    expect(await call('phoneQuiz.send', { sessionId, phase: 'live', questions: [QUESTIONS[0]] })).toMatchObject({ ok: false, status: 409 })
  })

  it('count one answer per device and question, anonymously, and close on reveal', async () => {
    await openSignup()
    const round = (await call<{ roundId: string }>('phoneQuiz.send', { sessionId, phase: 'live', questions: [QUESTIONS[0]] })).result
    const seen = await call<{ round: { questions: { question: string; options: string[]; answer: number | null }[] } }>(
      'phoneQuiz.current',
      { sessionId, token, language: 'en' },
      'phone',
    )
    expect(seen.result.round?.questions).toEqual([{ slideId: 'q1', question: 'Do police ask for transfers by phone?', options: ['Yes', 'No'], answer: null }])
    expect((await answer(round.roundId, 'q1', 1, 'phoneA')).result).toEqual({ counted: true, already: false })
    expect((await answer(round.roundId, 'q1', 0, 'phoneA')).result).toEqual({ counted: false, already: true })
    expect((await answer(round.roundId, 'q1', 0, 'phoneB')).result).toEqual({ counted: true, already: false })
    expect((await call<{ round: { questions: { counts: number[] }[] } }>('phoneQuiz.counts', { sessionId })).result.round?.questions[0]).toMatchObject({ counts: [1, 1], total: 2 })
    await call('phoneQuiz.reveal', { sessionId })
    expect((await answer(round.roundId, 'q1', 1, 'phoneC')).result).toEqual({ counted: false, already: false })
    const revealed = await call<{ round: { revealed: boolean; questions: { answer: number | null }[] } }>('phoneQuiz.current', { sessionId, token, language: 'zh-CN' }, 'phone')
    expect(revealed.result.round).toMatchObject({ revealed: true, questions: [{ answer: 1 }] })
    const rows = await temp.db.read((db) => db.all<Record<string, unknown>>('SELECT * FROM phone_quiz_answers'))
    expect(rows).toHaveLength(2)
    expect(JSON.stringify(rows)).not.toMatch(/phoneA|phoneB/)
  })

  it('refuse a phone without the open link’s token, and after sign-up closes', async () => {
    await openSignup()
    const round = (await call<{ roundId: string }>('phoneQuiz.send', { sessionId, phase: 'live', questions: [QUESTIONS[0]] })).result
    expect(await call('phoneQuiz.current', { sessionId, token: 'x'.repeat(24), language: 'zh-CN' }, 'phone')).toMatchObject({ ok: false, status: 403 })
    await call('phoneSignup.close', { sessionId })
    expect(await answer(round.roundId, 'q1', 1, 'phoneA')).toMatchObject({ ok: false, status: 403 })
  })

  it('give the share of right answers before and after the talk', async () => {
    await openSignup()
    const before = (await call<{ roundId: string }>('phoneQuiz.send', { sessionId, phase: 'before', questions: QUESTIONS })).result
    await answer(before.roundId, 'q1', 0, 'phoneA')
    await answer(before.roundId, 'q1', 1, 'phoneB')
    await answer(before.roundId, 'q2', 2, 'phoneA')
    await answer(before.roundId, 'q2', 2, 'phoneB')
    const after = (await call<{ roundId: string }>('phoneQuiz.send', { sessionId, phase: 'after', questions: QUESTIONS })).result
    for (const device of ['phoneA', 'phoneB']) {
      await answer(after.roundId, 'q1', 1, device)
      await answer(after.roundId, 'q2', 1, device)
    }
    const prePost = (await call<{ before: unknown; after: unknown; questions: unknown[] }>('phoneQuiz.prePost', { sessionId })).result
    expect(prePost.before).toEqual({ answers: 4, correct: 1, share: 0.25 })
    expect(prePost.after).toEqual({ answers: 4, correct: 4, share: 1 })
    expect(prePost.questions).toMatchObject([
      { slideId: 'q1', before: { share: 0.5 }, after: { share: 1 } },
      { slideId: 'q2', before: { share: 0 }, after: { share: 1 } },
    ])
    await call('sessions.update', { id: sessionId, status: 'held' })
    const today = new Date().toLocaleDateString('sv')
    const ledger = (await call<{ rows: { sessionId: string; quizBefore: number | null; quizAfter: number | null }[] }>('ledger.report', { from: today, to: today })).result
    expect(ledger.rows).toEqual([expect.objectContaining({ sessionId, quizBefore: 0.25, quizAfter: 1 })])
  })
})

describe('over the hall listener', () => {
  it('serves the round at <link>/quiz, takes answers at <link>/answer, at most 30 a minute from one address', async () => {
    await openSignup()
    const link = listeners.current(sessionId)!.url
    const round = (await call<{ roundId: string }>('phoneQuiz.send', { sessionId, phase: 'live', questions: [QUESTIONS[1]] })).result
    const seen = (await (await fetch(`${link}/quiz?lang=zh-CN`)).json()) as { round: { roundId: string; questions: { question: string }[] } }
    expect(seen.round).toMatchObject({ roundId: round.roundId, questions: [{ question: '陌生链接能点吗？' }] })
    const post = (deviceId: string) =>
      fetch(`${link}/answer`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ roundId: round.roundId, slideId: 'q2', choice: 1, deviceId }),
      })
    const statuses: number[] = []
    for (let index = 0; index < 31; index++) statuses.push((await post(`device-${String(index).padStart(12, '0')}`)).status)
    expect(statuses).toEqual([...Array(30).fill(200), 429])
    const counts = (await call<{ round: { questions: { total: number }[] } }>('phoneQuiz.counts', { sessionId })).result.round
    expect(counts?.questions[0].total).toBe(30)
    const forged = await fetch(`${link}/answer`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://evil.example' }, body: '{}' })
    expect(forged.status).toBe(403)
  })
})

describe('roles', () => {
  it('refuse the phone role every method but its own, and the kiosk every phone quiz method', async () => {
    await openSignup()
    expect(PHONE_METHODS).toEqual(expect.arrayContaining(['phoneQuiz.current', 'phoneQuiz.answer']))
    for (const method of apiMethods.filter((name) => !PHONE_METHODS.includes(name))) {
      expect(await call(method, { sessionId }, 'phone'), method).toMatchObject({ ok: false, status: 403, error: { code: 'forbidden' } })
    }
    for (const method of apiMethods.filter((name) => name.startsWith('phoneQuiz.'))) {
      expect(await call(method, { sessionId, token }, 'resident'), method).toMatchObject({ ok: false, status: 403 })
    }
    expect((await call<{ round: unknown }>('phoneQuiz.counts', { sessionId })).result.round).toBeNull()
  })
})
