import { z } from 'zod'
import { defineMethod, idSchema } from './common'
import { attendanceSourceSchema, personSummarySchema } from './people'

export const rosterEntrySchema = personSummarySchema.extend({
  source: attendanceSourceSchema,
  checkedInAt: z.string().nullable(),
  registeredAt: z.string(),
})
export type RosterEntry = z.infer<typeof rosterEntrySchema>

export const searchMatchSchema = personSummarySchema.extend({
  inSession: z.boolean(),
  checkedInAt: z.string().nullable(),
})
export type SearchMatch = z.infer<typeof searchMatchSchema>

const sessionAttendee = z.object({ sessionId: idSchema, attendeeId: idSchema }).strict()

export const attendanceContract = {
  'attendance.checkIn': defineMethod({
    summary:
      'Check a person in; it is on disk when this answers. Checking in twice keeps the first time: alreadyCheckedIn is true when a check-in already stood (made at this or another desk); this call then only marked the person seen. A person not yet signed up is added as a walk-in.',
    input: sessionAttendee,
    output: z.object({ checkedInAt: z.string(), alreadyCheckedIn: z.boolean() }),
  }),
  'attendance.undoCheckIn': defineMethod({
    summary:
      'Take back a check-in (the sign-up stays). checkedInAt names the check-in to undo, as attendance.checkIn answered it; if the standing check-in is another one, or none, this answers 409 conflict and changes nothing.',
    input: sessionAttendee.extend({ checkedInAt: z.string().min(1).max(40) }),
    output: z.object({ checkedInAt: z.null() }),
  }),
  'attendance.list': defineMethod({
    summary: "A session's roster with present and registered counts; phones masked.",
    input: z.object({ sessionId: idSchema }).strict(),
    output: z.object({ items: z.array(rosterEntrySchema), present: z.number().int(), registered: z.number().int() }),
  }),
  'attendance.search': defineMethod({
    summary: 'Find people for check-in by name, pinyin initials or full pinyin (zs, zhangsan), or phone (last 4 digits or all 11). People on this session come first.',
    input: z.object({ sessionId: idSchema, query: z.string().trim().min(1).max(40), limit: z.number().int().min(1).max(50).optional() }).strict(),
    output: z.object({ items: z.array(searchMatchSchema) }),
  }),
}
