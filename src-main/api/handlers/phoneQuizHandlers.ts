import { ApiError } from '../../contract/errors'
import type { PhoneQuizShare, PrePostResult } from '../../contract/phoneQuiz'
import { sessionExists } from '../../db/repositories/sessionsRepository'
import { insertPhoneQuizAnswer, prePostCounts } from '../../db/repositories/phoneQuizRepository'
import { PhoneQuizBoard, type PhoneQuizRound } from '../../services/phoneQuizBoard'
import type { HandlerContext, HandlersFor } from './context'

type PhoneQuizMethod = 'phoneQuiz.send' | 'phoneQuiz.reveal' | 'phoneQuiz.stop' | 'phoneQuiz.counts' | 'phoneQuiz.prePost' | 'phoneQuiz.current' | 'phoneQuiz.answer'

function workerView(round: PhoneQuizRound) {
  return {
    roundId: round.roundId,
    phase: round.phase,
    revealed: round.revealed,
    questions: round.questions.map((question) => {
      const counts = [...(round.counts.get(question.slideId) ?? [])]
      return { slideId: question.slideId, answer: question.answer, counts, total: counts.reduce((sum, count) => sum + count, 0) }
    }),
  }
}

function phoneView(round: PhoneQuizRound, language: 'zh-CN' | 'en') {
  return {
    roundId: round.roundId,
    phase: round.phase,
    revealed: round.revealed,
    questions: round.questions.map((question) => ({
      slideId: question.slideId,
      question: question.question[language],
      options: question.options.map((option) => option[language]),
      answer: round.revealed ? question.answer : null,
    })),
  }
}

export function share(answers: number, correct: number): PhoneQuizShare {
  return { answers, correct, share: answers > 0 ? correct / answers : null }
}

/** Quiz questions on residents' phones: the worker sends, reveals and reads counts; a phone with the link's token reads and answers. */
export function phoneQuizHandlers({ db, now, newId, phoneSignups }: HandlerContext): HandlersFor<PhoneQuizMethod> {
  const board = new PhoneQuizBoard()

  function requireOpenLink(sessionId: string, token: string): void {
    if (!phoneSignups?.admits(sessionId, token)) throw new ApiError('forbidden', 'phone_signup_closed')
  }

  return {
    'phoneQuiz.send': async ({ sessionId, phase, questions }) => {
      if (!(await db.read((reader) => sessionExists(reader, sessionId)))) throw new ApiError('not_found', 'session_not_found')
      if (!phoneSignups?.current(sessionId)) throw new ApiError('conflict', 'phone_quiz_needs_signup')
      return workerView(board.send(sessionId, phase, questions))
    },
    'phoneQuiz.reveal': async ({ sessionId }) => {
      const round = board.reveal(sessionId)
      return round ? workerView(round) : null
    },
    'phoneQuiz.stop': async ({ sessionId }) => {
      board.stop(sessionId)
      return { stopped: true as const }
    },
    'phoneQuiz.counts': async ({ sessionId }) => {
      const round = board.current(sessionId)
      return { round: round ? workerView(round) : null }
    },
    'phoneQuiz.prePost': async ({ sessionId }) => {
      const rows = await db.read(async (reader) => {
        if (!(await sessionExists(reader, sessionId))) throw new ApiError('not_found', 'session_not_found')
        return prePostCounts(reader, sessionId)
      })
      return summarizePrePost(rows)
    },
    'phoneQuiz.current': async ({ sessionId, token, language }) => {
      requireOpenLink(sessionId, token)
      const round = board.current(sessionId)
      return { round: round ? phoneView(round, language) : null }
    },
    'phoneQuiz.answer': async ({ sessionId, token, roundId, slideId, choice, deviceId }) => {
      requireOpenLink(sessionId, token)
      const { verdict, round, question } = board.claim(sessionId, roundId, slideId, choice, deviceId)
      if (verdict !== 'counted' || !round || !question) return { counted: false, already: verdict === 'already' }
      try {
        const timestamp = now().toISOString()
        await db.write((tx) =>
          insertPhoneQuizAnswer(tx, {
            id: newId(),
            sessionId,
            roundId,
            phase: round.phase,
            slideId,
            question: question.question,
            choice,
            correct: choice === question.answer,
            timestamp,
          }),
        )
      } catch (error) {
        board.release(round, slideId, choice, deviceId)
        throw error
      }
      return { counted: true, already: false }
    },
  }
}

function summarizePrePost(rows: Awaited<ReturnType<typeof prePostCounts>>): PrePostResult {
  const total = (phase: 'before' | 'after') => {
    const mine = rows.filter((row) => row.phase === phase)
    return share(
      mine.reduce((sum, row) => sum + row.answers, 0),
      mine.reduce((sum, row) => sum + row.correct, 0),
    )
  }
  const slideIds = [...new Set(rows.map((row) => row.slideId))]
  const questions = slideIds.map((slideId) => {
    const of = (phase: 'before' | 'after') => rows.find((row) => row.slideId === slideId && row.phase === phase)
    const before = of('before')
    const after = of('after')
    return {
      slideId,
      question: (before ?? after)!.question,
      before: share(before?.answers ?? 0, before?.correct ?? 0),
      after: share(after?.answers ?? 0, after?.correct ?? 0),
    }
  })
  return { before: total('before'), after: total('after'), questions }
}
