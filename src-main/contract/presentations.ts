import { z } from 'zod'
import { localizedTextSchema } from './deckFormat'
import { defineMethod, idSchema, timestampSchema } from './common'
import { deckIdSchema } from './decks'

/** Values a worker typed for {{policeStation}} and the like. */
export const deckVariableValuesSchema = z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/), z.string().trim().max(200))

export const quizResultSchema = z.object({
  slideId: z.string(),
  question: localizedTextSchema,
  correctHands: z.number().int(),
  totalHands: z.number().int().nullable(),
  recordedAt: timestampSchema,
})
export type QuizResult = z.infer<typeof quizResultSchema>

export const deckShowSchema = z.object({
  id: idSchema,
  sessionId: idSchema.nullable(),
  deckId: z.string(),
  deckTitle: localizedTextSchema,
  variables: z.record(z.string(), z.string()),
  startedAt: timestampSchema,
  endedAt: timestampSchema.nullable(),
  quiz: z.array(quizResultSchema),
})
export type DeckShow = z.infer<typeof deckShowSchema>

const handsSchema = z.number().int().min(0).max(100_000)

export const presentationsContract = {
  'presentations.start': defineMethod({
    summary: 'Record that a deck is being shown, for a session or on its own, with the variable values used.',
    input: z
      .object({
        deckId: deckIdSchema,
        sessionId: idSchema.optional(),
        variables: deckVariableValuesSchema.optional(),
      })
      .strict(),
    output: deckShowSchema,
  }),
  'presentations.end': defineMethod({
    summary: 'Record when the showing ended.',
    input: z.object({ showId: idSchema }).strict(),
    output: deckShowSchema,
  }),
  'presentations.recordQuiz': defineMethod({
    summary: 'Store the show-of-hands count for one quiz slide (replaces an earlier count for the same slide).',
    input: z
      .object({
        showId: idSchema,
        slideId: z.string().min(1).max(64),
        correctHands: handsSchema,
        totalHands: handsSchema.optional(),
      })
      .strict()
      .refine((input) => input.totalHands === undefined || input.totalHands >= input.correctHands, {
        error: 'hands_more_than_total',
        path: ['correctHands'],
      }),
    output: quizResultSchema,
  }),
  'presentations.listForSession': defineMethod({
    summary: "A session's showings, oldest first, each with its quiz counts.",
    input: z.object({ sessionId: idSchema }).strict(),
    output: z.object({ items: z.array(deckShowSchema) }),
  }),
  'presentations.variables': defineMethod({
    summary: "Values to offer for {{placeholders}}: the session's own, else those used most recently.",
    input: z.object({ sessionId: idSchema.optional() }).strict(),
    output: z.object({ values: z.record(z.string(), z.string()) }),
  }),
}
