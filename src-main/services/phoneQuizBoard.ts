import { randomBytes } from 'node:crypto'
import type { LocalizedText } from '../contract/deckFormat'
import type { PhoneQuizPhase } from '../contract/phoneQuiz'

export interface PhoneQuizQuestion {
  slideId: string
  question: LocalizedText
  options: LocalizedText[]
  answer: number
}

export interface PhoneQuizRound {
  roundId: string
  phase: PhoneQuizPhase
  revealed: boolean
  questions: PhoneQuizQuestion[]
  counts: Map<string, number[]>
  /** `device:slide` pairs already counted; kept in memory only, never written. */
  answered: Set<string>
}

export type AnswerVerdict = 'counted' | 'already' | 'closed'

/** The one open quiz round per session, with its live counts; residents answer anonymously. */
export class PhoneQuizBoard {
  private readonly rounds = new Map<string, PhoneQuizRound>()

  send(sessionId: string, phase: PhoneQuizPhase, questions: PhoneQuizQuestion[]): PhoneQuizRound {
    const round: PhoneQuizRound = {
      roundId: randomBytes(9).toString('base64url'),
      phase,
      revealed: false,
      questions,
      counts: new Map(questions.map((question) => [question.slideId, question.options.map(() => 0)])),
      answered: new Set(),
    }
    this.rounds.set(sessionId, round)
    return round
  }

  current(sessionId: string): PhoneQuizRound | undefined {
    return this.rounds.get(sessionId)
  }

  reveal(sessionId: string): PhoneQuizRound | undefined {
    const round = this.rounds.get(sessionId)
    if (round) round.revealed = true
    return round
  }

  stop(sessionId: string): void {
    this.rounds.delete(sessionId)
  }

  /** Claims the answer for counting; `release` gives it back if it could not be saved. */
  claim(sessionId: string, roundId: string, slideId: string, choice: number, deviceId: string): { verdict: AnswerVerdict; round?: PhoneQuizRound; question?: PhoneQuizQuestion } {
    const round = this.rounds.get(sessionId)
    const question = round?.questions.find((candidate) => candidate.slideId === slideId)
    if (!round || round.roundId !== roundId || round.revealed || !question || choice >= question.options.length) return { verdict: 'closed' }
    const key = `${deviceId}:${slideId}`
    if (round.answered.has(key)) return { verdict: 'already', round, question }
    round.answered.add(key)
    round.counts.get(slideId)![choice] += 1
    return { verdict: 'counted', round, question }
  }

  release(round: PhoneQuizRound, slideId: string, choice: number, deviceId: string): void {
    if (round.answered.delete(`${deviceId}:${slideId}`)) round.counts.get(slideId)![choice] -= 1
  }
}
