import { ApiError } from '../../contract/errors'
import type { HandlerContext, HandlersFor } from './context'
import { loadDeck } from './deckHandlers'
import { sessionExists } from '../../db/repositories/sessionsRepository'
import {
  endShow,
  findShow,
  insertShow,
  latestShowVariables,
  listShowsForSession,
  saveSessionVariables,
  sessionVariables,
  upsertQuizResult,
} from '../../db/repositories/deckShowsRepository'

type PresentationMethods = 'presentations.start' | 'presentations.end' | 'presentations.recordQuiz' | 'presentations.listForSession' | 'presentations.variables'

export function presentationHandlers({ db, now, newId }: HandlerContext): HandlersFor<PresentationMethods> {
  async function requireShow(id: string) {
    const show = await db.read((reader) => findShow(reader, id))
    if (!show) throw new ApiError('not_found', 'show_not_found')
    return show
  }

  return {
    'presentations.start': async ({ deckId, sessionId, variables = {} }) => {
      const deck = await db.read((reader) => loadDeck(reader, deckId))
      const id = newId()
      const timestamp = now().toISOString()
      await db.write(async (tx) => {
        if (sessionId !== undefined && !(await sessionExists(tx, sessionId))) throw new ApiError('not_found', 'session_not_found')
        await insertShow(tx, { id, sessionId: sessionId ?? null, deckId, deckTitle: deck.title, variables, startedAt: timestamp })
        if (sessionId !== undefined) await saveSessionVariables(tx, sessionId, variables, timestamp)
      })
      return requireShow(id)
    },
    'presentations.end': async ({ showId }) => {
      const ended = await db.write((tx) => endShow(tx, showId, now().toISOString()))
      if (!ended) throw new ApiError('not_found', 'show_not_found')
      return requireShow(showId)
    },
    'presentations.recordQuiz': async ({ showId, slideId, correctHands, totalHands }) => {
      const show = await requireShow(showId)
      const deck = await db.read((reader) => loadDeck(reader, show.deckId)).catch(() => undefined)
      const slide = deck?.slides.find((candidate) => candidate.id === slideId)
      if (deck && (!slide || slide.kind !== 'quiz')) throw new ApiError('not_found', 'quiz_slide_not_found')
      const question = slide?.kind === 'quiz' ? slide.question : { 'zh-CN': slideId, en: slideId }
      return db.write((tx) => upsertQuizResult(tx, { id: newId(), showId, slideId, question, correctHands, totalHands: totalHands ?? null, timestamp: now().toISOString() }))
    },
    'presentations.listForSession': async ({ sessionId }) => ({ items: await db.read((reader) => listShowsForSession(reader, sessionId)) }),
    'presentations.variables': async ({ sessionId }) => {
      const values = await db.read(async (reader) => (sessionId ? await sessionVariables(reader, sessionId) : undefined) ?? (await latestShowVariables(reader)))
      return { values }
    },
  }
}
