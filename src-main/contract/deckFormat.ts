import { z } from 'zod'

/** Readers reject any other version: a newer file may mean things this build cannot show. */
export const DECK_FORMAT_VERSION = 1

export const localizedTextSchema = z
  .object({
    'zh-CN': z.string().min(1).max(2000),
    en: z.string().min(1).max(2000),
  })
  .strict()

const slideIdSchema = z.string().min(1).max(64)

/** Relative to the deck's folder; no absolute paths, no "..", so a deck cannot point outside it. */
const imageFileSchema = z
  .string()
  .max(255)
  .regex(/^[\w.-]+(\/[\w.-]+)*$/, 'image must be a relative file name')
  .refine((name) => !name.split('/').some((part) => part === '..' || part === '.'), 'image must stay inside the deck folder')

const titleSlideSchema = z
  .object({
    kind: z.literal('title'),
    id: slideIdSchema,
    notes: localizedTextSchema,
    title: localizedTextSchema,
    subtitle: localizedTextSchema.optional(),
  })
  .strict()

const bulletsSlideSchema = z
  .object({
    kind: z.literal('bullets'),
    id: slideIdSchema,
    notes: localizedTextSchema,
    title: localizedTextSchema,
    bullets: z.array(localizedTextSchema).min(1).max(6),
    reveal: z.boolean().default(true),
  })
  .strict()

const statementSlideSchema = z
  .object({
    kind: z.literal('statement'),
    id: slideIdSchema,
    notes: localizedTextSchema,
    text: localizedTextSchema,
    caption: localizedTextSchema.optional(),
  })
  .strict()

const imageTextSlideSchema = z
  .object({
    kind: z.literal('imageText'),
    id: slideIdSchema,
    notes: localizedTextSchema,
    title: localizedTextSchema,
    text: localizedTextSchema,
    image: imageFileSchema.optional(),
    imageAlt: localizedTextSchema.optional(),
  })
  .strict()

const quizSlideSchema = z
  .object({
    kind: z.literal('quiz'),
    id: slideIdSchema,
    notes: localizedTextSchema,
    question: localizedTextSchema,
    options: z.array(localizedTextSchema).min(2).max(4),
    answer: z.number().int().min(0),
    explanation: localizedTextSchema,
  })
  .strict()
  .refine((slide) => slide.answer < slide.options.length, {
    message: 'answer must be the index of one of the options',
    path: ['answer'],
  })

export const slideSchema = z.discriminatedUnion('kind', [
  titleSlideSchema,
  bulletsSlideSchema,
  statementSlideSchema,
  imageTextSlideSchema,
  quizSlideSchema,
])

/** Names usable as {{placeholders}} in any slide text. */
const variableNameSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/)

export const deckFileSchema = z
  .object({
    format: z.literal('outreach-deck'),
    version: z.literal(DECK_FORMAT_VERSION),
    id: z.string().regex(/^[a-z0-9-]{3,64}$/),
    builtIn: z.boolean().default(false),
    title: localizedTextSchema,
    description: localizedTextSchema,
    variables: z.record(variableNameSchema, localizedTextSchema).optional(),
    slides: z.array(slideSchema).min(1).max(200),
  })
  .strict()
  .superRefine((deck, ctx) => {
    const seen = new Set<string>()
    deck.slides.forEach((slide, index) => {
      if (seen.has(slide.id)) {
        ctx.addIssue({ code: 'custom', message: `duplicate slide id "${slide.id}"`, path: ['slides', index, 'id'] })
      }
      seen.add(slide.id)
    })
  })

export type LocalizedText = z.infer<typeof localizedTextSchema>
export type Slide = z.infer<typeof slideSchema>
export type DeckFile = z.infer<typeof deckFileSchema>
/** What a deck file may omit before defaults (builtIn, reveal) are filled in. */
export type DeckFileInput = z.input<typeof deckFileSchema>
