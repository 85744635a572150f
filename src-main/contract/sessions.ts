import { z } from 'zod'
import { dateTimeSchema, defineMethod, idSchema, text, timestampSchema } from './common'
import { activityTypes, sessionAudiences, sessionStatuses } from './sessionValues'

export { sessionAudiences, sessionStatuses }

export const sessionSchema = z.object({
  id: idSchema,
  title: z.string(),
  startsAt: timestampSchema,
  durationMinutes: z.number().int().nullable(),
  place: z.string(),
  community: z.string(),
  neighbourhood: z.string(),
  building: z.string(),
  presenters: z.string(),
  audience: z.enum(sessionAudiences),
  status: z.enum(sessionStatuses),
  activityType: z.enum(activityTypes),
  notes: z.string(),
  registered: z.number().int(),
  present: z.number().int(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
})
export type Session = z.infer<typeof sessionSchema>

/** Everything a worker can set on a session; each is optional on update. */
const sessionFields = {
  title: text(100),
  startsAt: dateTimeSchema,
  place: text(200),
  durationMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .nullable(),
  community: text(100, 0),
  neighbourhood: text(100, 0),
  building: text(100, 0),
  presenters: text(200, 0),
  audience: z.enum(sessionAudiences),
  status: z.enum(sessionStatuses),
  activityType: z.enum(activityTypes),
  notes: text(2000, 0),
}

/** Marking a session held before its day needs this, so neither a slip nor a script counts a talk that has not happened. */
const confirmFuture = { confirmFuture: z.boolean().optional() }

export const sessionCreateInput = z
  .object({
    ...sessionFields,
    durationMinutes: sessionFields.durationMinutes.optional(),
    community: sessionFields.community.optional(),
    neighbourhood: sessionFields.neighbourhood.optional(),
    building: sessionFields.building.optional(),
    presenters: sessionFields.presenters.optional(),
    audience: sessionFields.audience.optional(),
    status: sessionFields.status.optional(),
    activityType: sessionFields.activityType.optional(),
    notes: sessionFields.notes.optional(),
    ...confirmFuture,
  })
  .strict()
export type SessionCreateInput = z.input<typeof sessionCreateInput>

export const sessionUpdateInput = z.object({ id: idSchema }).extend(z.object(sessionFields).partial().shape).extend(confirmFuture).strict()
export type SessionUpdateInput = z.input<typeof sessionUpdateInput>

/** A calendar day (YYYY-MM-DD, the laptop's local day) or an exact date-time. */
const dayOrDateTime = z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })], { error: 'invalid_datetime' })

export const sessionListInput = z
  .object({
    from: dayOrDateTime.optional(),
    to: dayOrDateTime.optional(),
    status: z.enum(sessionStatuses).optional(),
    /** Matches any part of place, community, neighbourhood or building. */
    place: text(100, 0).optional(),
  })
  .strict()
export type SessionListFilters = z.output<typeof sessionListInput>

export const sessionDeleteInput = z
  .object({
    id: idSchema,
    /** How many attendance records the worker was told would go; required when there are any. */
    confirmAttendanceCount: z.number().int().min(0).optional(),
  })
  .strict()

export const sessionsContract = {
  'sessions.create': defineMethod({
    summary: 'Create an outreach session (talk). Status "held" for a session whose day is still ahead needs confirmFuture: true.',
    input: sessionCreateInput,
    output: sessionSchema,
  }),
  'sessions.list': defineMethod({
    summary: 'List sessions, newest first; optionally only those from/to a day or time, with a status, or at a place (any part of place, community, neighbourhood or building).',
    input: sessionListInput,
    output: z.object({ items: z.array(sessionSchema) }),
  }),
  'sessions.get': defineMethod({
    summary: 'One session by id.',
    input: z.object({ id: idSchema }).strict(),
    output: sessionSchema,
  }),
  'sessions.update': defineMethod({
    summary:
      'Change some fields of a session; cancelling is status "cancelled". Fields left out stay as they were; durationMinutes null clears it. Marking a session "held" whose day is still ahead needs confirmFuture: true.',
    input: sessionUpdateInput,
    output: sessionSchema,
  }),
  'sessions.delete': defineMethod({
    summary:
      'Delete a session. If it has attendance records they go too, and the caller must pass confirmAttendanceCount equal to how many there are (the number it showed the worker); otherwise nothing is deleted (409).',
    input: sessionDeleteInput,
    output: z.object({ deleted: z.literal(true), attendanceRemoved: z.number().int() }),
  }),
}
