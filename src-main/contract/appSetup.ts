import { z } from 'zod'
import { defineMethod, idSchema } from './common'

/** Steps of setting up the 国家反诈中心 app beyond installing and registering it. */
export const appSetupSteps = ['regionChosen', 'callAlert', 'guardianLinked'] as const
export type AppSetupStep = (typeof appSetupSteps)[number]

export const appSetupSchema = z.object({
  attendeeId: idSchema,
  regionChosenAt: z.string().nullable(),
  callAlertAt: z.string().nullable(),
  guardianLinkedAt: z.string().nullable(),
})
export type AppSetup = z.infer<typeof appSetupSchema>

export const appSetupContract = {
  'people.appSetup.get': defineMethod({
    summary: "A person's 国家反诈中心 app set-up: home region chosen, 来电预警 on, 家人守护 linked (times, or null).",
    input: z.object({ attendeeId: idSchema }).strict(),
    output: appSetupSchema,
  }),
  'people.appSetup.set': defineMethod({
    summary: 'Mark (true) or unmark (false) app set-up steps of a person; a step already marked keeps its first time.',
    input: z.object({ attendeeId: idSchema, regionChosen: z.boolean().optional(), callAlert: z.boolean().optional(), guardianLinked: z.boolean().optional() }).strict(),
    output: appSetupSchema,
  }),
  'attendance.appSetupList': defineMethod({
    summary: "App set-up steps of everyone on a session's roster who has any marked.",
    input: z.object({ sessionId: idSchema }).strict(),
    output: z.object({ items: z.array(appSetupSchema) }),
  }),
}
