import { z } from 'zod'
import { defineMethod, idSchema, text } from './common'
import { pledgeKinds } from './caseworkValues'
import { localeInput } from './rosterImport'

export const pledgeTemplateSchema = z.object({ title: z.string(), body: z.string(), custom: z.boolean() })

/** One signed pledge at a session; the name is the person's on file, for the worker's own list (never in a count). */
export const pledgeSchema = z.object({
  id: idSchema,
  sessionId: idSchema,
  attendeeId: idSchema.nullable(),
  name: z.string().nullable(),
  kind: z.enum(pledgeKinds),
  signedAt: z.string(),
})
export type Pledge = z.infer<typeof pledgeSchema>

export const pledgesContract = {
  'pledges.template.get': defineMethod({
    summary: "The pledge's title and promises (one a line): the worker's own, or the built-in one in the given language.",
    input: z.object({ locale: localeInput }).strict(),
    output: pledgeTemplateSchema,
  }),
  'pledges.template.update': defineMethod({
    summary: 'Keep an edited pledge; `null` goes back to the built-in one.',
    input: z
      .object({
        template: z
          .object({ title: text(60), body: text(2000) })
          .strict()
          .nullable(),
        locale: localeInput,
      })
      .strict(),
    output: pledgeTemplateSchema,
  }),
  'pledges.list': defineMethod({
    summary: 'The pledges signed at a session, oldest first.',
    input: z.object({ sessionId: idSchema }).strict(),
    output: z.object({ items: z.array(pledgeSchema) }),
  }),
  'pledges.record': defineMethod({
    summary: 'Record that a person on the roster signed a pledge, for themselves or their household (once a session); or, without a person, one signed form.',
    input: z.object({ sessionId: idSchema, attendeeId: idSchema.optional(), kind: z.enum(pledgeKinds) }).strict(),
    output: pledgeSchema,
  }),
  'pledges.remove': defineMethod({
    summary: 'Take back a pledge recorded by mistake.',
    input: z.object({ pledgeId: idSchema }).strict(),
    output: z.object({ removed: z.literal(true) }),
  }),
}
