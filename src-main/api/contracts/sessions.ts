import { z } from 'zod'
import { dateTimeSchema, defineMethod, emptyInput, idSchema, text, timestampSchema } from './common'

export const sessionStatuses = ['planned', 'held', 'cancelled'] as const
export const sessionAudiences = ['general', 'elderly', 'students', 'enterprise', 'other'] as const

export const sessionSchema = z.object({
  id: idSchema,
  title: z.string(),
  startsAt: timestampSchema,
  durationMinutes: z.number().int().nullable(),
  place: z.string(),
  presenters: z.string(),
  audience: z.enum(sessionAudiences),
  status: z.enum(sessionStatuses),
  notes: z.string(),
  registered: z.number().int(),
  present: z.number().int(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
})
export type Session = z.infer<typeof sessionSchema>

export const sessionCreateInput = z
  .object({
    title: text(100),
    startsAt: dateTimeSchema,
    place: text(200),
    durationMinutes: z.number().int().min(1).max(24 * 60).optional(),
    presenters: text(200, 0).optional(),
    audience: z.enum(sessionAudiences).optional(),
    notes: text(2000, 0).optional(),
  })
  .strict()
export type SessionCreateInput = z.input<typeof sessionCreateInput>

export const sessionsContract = {
  'sessions.create': defineMethod({
    summary: 'Create an outreach session (talk).',
    input: sessionCreateInput,
    output: sessionSchema,
  }),
  'sessions.list': defineMethod({
    summary: 'List all sessions, newest first.',
    input: emptyInput,
    output: z.object({ items: z.array(sessionSchema) }),
  }),
  'sessions.get': defineMethod({
    summary: 'One session by id.',
    input: z.object({ id: idSchema }).strict(),
    output: sessionSchema,
  }),
}
