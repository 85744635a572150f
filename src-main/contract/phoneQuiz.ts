import { z } from 'zod'
import { localizedTextSchema } from './deckFormat'
import { defineMethod, idSchema } from './common'

/** `live`: the quiz slide on screen now; `before`/`after`: the same few questions at the start and the end of a talk. */
export const phoneQuizPhases = ['live', 'before', 'after'] as const
export type PhoneQuizPhase = (typeof phoneQuizPhases)[number]

/** Questions sent to phones at once: one for a live quiz, a few for before/after. */
export const PHONE_QUIZ_MAX_QUESTIONS = 5

const questionSchema = z
  .object({
    slideId: z.string().min(1).max(64),
    question: localizedTextSchema,
    options: z.array(localizedTextSchema).min(2).max(4),
    answer: z.number().int().min(0).max(3),
  })
  .strict()
  .refine((question) => question.answer < question.options.length, { path: ['answer'], error: 'phone_quiz_bad_answer' })

const roundIdSchema = z.string().min(8).max(64)
const tokenSchema = z.string().min(16).max(200)

const workerRoundSchema = z
  .object({
    roundId: roundIdSchema,
    phase: z.enum(phoneQuizPhases),
    revealed: z.boolean(),
    questions: z.array(z.object({ slideId: z.string(), answer: z.number().int(), counts: z.array(z.number().int()), total: z.number().int() }).strict()),
  })
  .strict()

const phoneRoundSchema = z
  .object({
    roundId: roundIdSchema,
    phase: z.enum(phoneQuizPhases),
    revealed: z.boolean(),
    questions: z.array(z.object({ slideId: z.string(), question: z.string(), options: z.array(z.string()), answer: z.number().int().nullable() }).strict()),
  })
  .strict()

const shareSchema = z.object({ answers: z.number().int(), correct: z.number().int(), share: z.number().nullable() }).strict()
export type PhoneQuizShare = z.infer<typeof shareSchema>

export const prePostSchema = z
  .object({
    before: shareSchema,
    after: shareSchema,
    questions: z.array(z.object({ slideId: z.string(), question: localizedTextSchema, before: shareSchema, after: shareSchema }).strict()),
  })
  .strict()
export type PrePostResult = z.infer<typeof prePostSchema>

/** Quiz questions answered on residents' own phones, anonymously, while phone sign-up is open. */
export const phoneQuizContract = {
  'phoneQuiz.send': defineMethod({
    summary:
      "Sends quiz questions to the phones on the session's open phone sign-up link (one for a live quiz, up to five for before/after). Replaces any round still open; needs phone sign-up open.",
    input: z.object({ sessionId: idSchema, phase: z.enum(phoneQuizPhases), questions: z.array(questionSchema).min(1).max(PHONE_QUIZ_MAX_QUESTIONS) }).strict(),
    output: workerRoundSchema,
  }),
  'phoneQuiz.reveal': defineMethod({
    summary: 'Shows the right answer on the phones and stops taking answers for the round.',
    input: z.object({ sessionId: idSchema }).strict(),
    output: workerRoundSchema.nullable(),
  }),
  'phoneQuiz.stop': defineMethod({
    summary: 'Ends the round: phones go back to waiting. The answers given stay counted.',
    input: z.object({ sessionId: idSchema }).strict(),
    output: z.object({ stopped: z.literal(true) }).strict(),
  }),
  'phoneQuiz.counts': defineMethod({
    summary: "The session's current round with live counts per option (no device, no phone, no name), or null.",
    input: z.object({ sessionId: idSchema }).strict(),
    output: z.object({ round: workerRoundSchema.nullable() }).strict(),
  }),
  'phoneQuiz.prePost': defineMethod({
    summary: 'The share of right answers at the start (before) and at the end (after) of the talk, overall and per question.',
    input: z.object({ sessionId: idSchema }).strict(),
    output: prePostSchema,
  }),
  'phoneQuiz.current': defineMethod({
    summary: "What a resident's phone shows: the open round's questions in its language, and the answers once revealed. Needs the open link's token.",
    input: z.object({ sessionId: idSchema, token: tokenSchema, language: z.enum(['zh-CN', 'en']) }).strict(),
    output: z.object({ round: phoneRoundSchema.nullable() }).strict(),
  }),
  'phoneQuiz.answer': defineMethod({
    summary:
      'One answer from a phone, counted once per device for each question of the round (the device id is random, made by the page, and never stored). Needs the open link’s token.',
    input: z
      .object({
        sessionId: idSchema,
        token: tokenSchema,
        roundId: roundIdSchema,
        slideId: z.string().min(1).max(64),
        choice: z.number().int().min(0).max(3),
        deviceId: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
      })
      .strict(),
    output: z.object({ counted: z.boolean(), already: z.boolean() }).strict(),
  }),
}
