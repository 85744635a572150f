import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestApp, type TestApp } from '../../helpers/testApp'
import type { DeckShow } from '../../../src-main/contract/presentations'

let app: TestApp
beforeEach(async () => {
  app = await openTestApp()
})
afterEach(() => app.cleanup())

async function ok<T>(method: string, input: unknown): Promise<T> {
  const answer = await app.call(method, input)
  if (!answer.ok) throw new Error(`${method} failed: ${answer.error.message}`)
  return answer.result as T
}

async function newSession(): Promise<string> {
  return (await ok<{ id: string }>('sessions.create', { title: '防诈讲座', startsAt: '2026-12-01T14:30:00+08:00', place: '社区活动室' })).id
}

describe('presentations', () => {
  it('records which deck was shown for a session, when, and the quiz counts', async () => {
    const sessionId = await newSession()
    const show = await ok<DeckShow>('presentations.start', { deckId: 'builtin-seven-tips', sessionId, variables: { policeStation: '幸福路派出所' } })
    expect(show).toMatchObject({ sessionId, deckId: 'builtin-seven-tips', endedAt: null, deckTitle: { 'zh-CN': '防范电诈七个小贴士' } })
    const quizSlide = 'quiz-1'
    const deck = await ok<{ slides: { id: string; kind: string }[] }>('decks.get', { id: 'builtin-seven-tips' })
    const quizId = deck.slides.find((slide) => slide.kind === 'quiz')?.id ?? quizSlide
    await ok('presentations.recordQuiz', { showId: show.id, slideId: quizId, correctHands: 12, totalHands: 20 })
    await ok('presentations.recordQuiz', { showId: show.id, slideId: quizId, correctHands: 15, totalHands: 20 })
    const ended = await ok<DeckShow>('presentations.end', { showId: show.id })
    expect(ended.endedAt).not.toBeNull()
    const { items } = await ok<{ items: DeckShow[] }>('presentations.listForSession', { sessionId })
    expect(items).toHaveLength(1)
    expect(items[0].quiz).toEqual([expect.objectContaining({ slideId: quizId, correctHands: 15, totalHands: 20 })])
    expect(items[0].variables).toEqual({ policeStation: '幸福路派出所' })
  })

  it('offers the session values first, then the most recently used ones', async () => {
    expect(await ok('presentations.variables', {})).toEqual({ values: {} })
    const sessionId = await newSession()
    await ok('presentations.start', { deckId: 'builtin-two-cards', sessionId, variables: { policePhone: '0471-1234567' } })
    await ok('presentations.start', { deckId: 'builtin-two-cards', variables: { policePhone: '110' } })
    expect(await ok('presentations.variables', { sessionId })).toEqual({ values: { policePhone: '0471-1234567' } })
    expect(await ok('presentations.variables', {})).toEqual({ values: { policePhone: '110' } })
  })

  it('refuses more correct hands than hands in total, a non-quiz slide, and an unknown session', async () => {
    const show = await ok<DeckShow>('presentations.start', { deckId: 'builtin-seven-tips' })
    const tooMany = await app.call('presentations.recordQuiz', { showId: show.id, slideId: 'x', correctHands: 30, totalHands: 20 })
    expect(tooMany).toMatchObject({ ok: false, error: { fields: { correctHands: '答对人数不能多于举手总人数' } } })
    const notQuiz = await app.call('presentations.recordQuiz', { showId: show.id, slideId: 'title', correctHands: 3 })
    expect(notQuiz).toMatchObject({ ok: false, status: 404 })
    const unknownSession = await app.call('presentations.start', { deckId: 'builtin-seven-tips', sessionId: '00000000-0000-4000-8000-000000000000' })
    expect(unknownSession).toMatchObject({ ok: false, status: 404 })
  })
})
