import { z } from 'zod'
import { PICTOGRAM_NAMES } from './pictograms'

/** Readers reject any other version: a newer file may mean things this build cannot show. */
export const DECK_FORMAT_VERSION = 3

/** Most talks are for older residents: their decks keep at most this many bullets on a slide. */
export const ELDERLY_MAX_BULLETS = 3

export const localizedTextSchema = z
  .object({
    'zh-CN': z.string().min(1).max(2000),
    en: z.string().min(1).max(2000),
  })
  .strict()

const slideIdSchema = z.string().min(1).max(64)

/** A picture drawn large beside the slide's words, for people who read slowly or not at all. */
export const pictogramSchema = z.enum(PICTOGRAM_NAMES)

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
    pictogram: pictogramSchema.optional(),
    title: localizedTextSchema,
    subtitle: localizedTextSchema.optional(),
  })
  .strict()

const bulletsSlideSchema = z
  .object({
    kind: z.literal('bullets'),
    id: slideIdSchema,
    notes: localizedTextSchema,
    pictogram: pictogramSchema.optional(),
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
    pictogram: pictogramSchema.optional(),
    text: localizedTextSchema,
    caption: localizedTextSchema.optional(),
  })
  .strict()

const imageTextSlideSchema = z
  .object({
    kind: z.literal('imageText'),
    id: slideIdSchema,
    notes: localizedTextSchema,
    pictogram: pictogramSchema.optional(),
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
    pictogram: pictogramSchema.optional(),
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

export const slideSchema = z.discriminatedUnion('kind', [titleSlideSchema, bulletsSlideSchema, statementSlideSchema, imageTextSlideSchema, quizSlideSchema])

/** Where a deck's facts come from: shown to the presenter and on notes pages, never on the projector. */
export const deckSourceSchema = z
  .object({
    publisher: z.string().min(1).max(200),
    title: z.string().min(1).max(300),
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date must be YYYY, YYYY-MM or YYYY-MM-DD'),
    url: z
      .string()
      .max(500)
      .regex(/^https?:\/\/\S+$/, 'url must start with http:// or https://'),
  })
  .strict()

/** Names usable as {{placeholders}} in any slide text. */
const variableNameSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/)

export const deckFileSchema = z
  .object({
    format: z.literal('outreach-deck'),
    // Older files are still read as they are: version 1 has no audience or sources, version 2 no pictograms.
    version: z.union([z.literal(1), z.literal(2), z.literal(DECK_FORMAT_VERSION)]),
    id: z.string().regex(/^[a-z0-9-]{3,64}$/),
    builtIn: z.boolean().default(false),
    title: localizedTextSchema,
    description: localizedTextSchema,
    audience: z.enum(['elderly', 'general']).optional(),
    sources: z.array(deckSourceSchema).max(20).optional(),
    variables: z.record(variableNameSchema, localizedTextSchema).optional(),
    slides: z.array(slideSchema).min(1).max(200),
  })
  .strict()
  .superRefine((deck, ctx) => {
    if (deck.version === 1 && (deck.audience !== undefined || deck.sources !== undefined)) {
      ctx.addIssue({ code: 'custom', message: 'audience and sources need version 2', path: ['version'] })
    }
    if (deck.version < 3) {
      deck.slides.forEach((slide, index) => {
        if (slide.pictogram !== undefined) ctx.addIssue({ code: 'custom', message: 'pictograms need version 3', path: ['slides', index, 'pictogram'] })
      })
    }
    if (deck.audience === 'elderly') {
      deck.slides.forEach((slide, index) => {
        if (slide.kind === 'bullets' && slide.bullets.length > ELDERLY_MAX_BULLETS) {
          ctx.addIssue({ code: 'custom', message: `a deck for elderly audiences has at most ${ELDERLY_MAX_BULLETS} bullets a slide`, path: ['slides', index, 'bullets'] })
        }
      })
    }
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
export type DeckSource = z.infer<typeof deckSourceSchema>
/** What a deck file may omit before defaults (builtIn, reveal) are filled in. */
export type DeckFileInput = z.input<typeof deckFileSchema>
