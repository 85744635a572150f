import { z } from 'zod'
import { deckFileSchema, localizedTextSchema } from './deckFormat'
import { defineMethod, emptyInput, timestampSchema } from './common'

export const deckIdSchema = z.string().regex(/^[a-z0-9-]{3,64}$/)
const imageNameSchema = z.string().regex(/^[\w.-]{1,255}$/)

export const deckSummarySchema = z.object({
  id: deckIdSchema,
  title: localizedTextSchema,
  description: localizedTextSchema,
  slideCount: z.number().int(),
  builtIn: z.boolean(),
  updatedAt: timestampSchema.nullable(),
})
export type DeckSummary = z.infer<typeof deckSummarySchema>

/** The largest deck file accepted for import: 200 slides of long text fit well within it. */
export const MAX_DECK_FILE_CHARS = 2_000_000

export const decksContract = {
  'decks.list': defineMethod({
    summary: 'Built-in and custom decks, built-in first, with title per language and slide count.',
    input: emptyInput,
    output: z.object({ items: z.array(deckSummarySchema) }),
  }),
  'decks.get': defineMethod({
    summary: 'One whole deck (outreach-deck format) by id.',
    input: z.object({ id: deckIdSchema }).strict(),
    output: deckFileSchema,
  }),
  'decks.duplicate': defineMethod({
    summary: 'Copy any deck (built-in or custom) into a new custom deck that can be edited.',
    input: z.object({ id: deckIdSchema }).strict(),
    output: deckFileSchema,
  }),
  'decks.save': defineMethod({
    summary: 'Save a custom deck (create or replace); built-in decks are refused.',
    input: z.object({ deck: deckFileSchema }).strict(),
    output: deckSummarySchema,
  }),
  'decks.delete': defineMethod({
    summary: 'Delete a custom deck and its pictures; records of past talks keep its title.',
    input: z.object({ id: deckIdSchema }).strict(),
    output: z.object({ deleted: z.literal(true) }),
  }),
  'decks.import': defineMethod({
    summary: 'Import a deck file shared by a colleague; nothing is saved if the file has any problem.',
    input: z.object({ content: z.string().max(MAX_DECK_FILE_CHARS) }).strict(),
    output: deckSummarySchema,
  }),
  'decks.export': defineMethod({
    summary: 'One deck as a file to share: a file name and its JSON text.',
    input: z.object({ id: deckIdSchema }).strict(),
    output: z.object({ fileName: z.string(), content: z.string() }),
  }),
  'decks.addImage': defineMethod({
    summary: 'Store a PNG, JPEG or WebP picture (checked by its bytes, at most 5 MB) for a custom deck.',
    input: z
      .object({
        deckId: deckIdSchema,
        fileName: z.string().min(1).max(255),
        dataBase64: z.string().min(1).max(8_000_000),
      })
      .strict(),
    output: z.object({ name: imageNameSchema }),
  }),
  'decks.image': defineMethod({
    summary: "A custom deck's picture as a data: URL, or null when the deck has no such picture.",
    input: z.object({ deckId: deckIdSchema, name: imageNameSchema }).strict(),
    output: z.object({ dataUrl: z.string().nullable() }),
  }),
}
