import { z } from 'zod'
import { dateTimeSchema, defineMethod, idSchema, text } from './common'
import { riskFlags, riskVisitMethods } from './caseworkValues'

export const riskEntrySchema = z.object({
  attendeeId: idSchema,
  name: z.string(),
  phoneMasked: z.string(),
  neighbourhood: z.string(),
  flags: z.array(z.enum(riskFlags)),
  lastVisitAt: z.string().nullable(),
  visitCount: z.number().int(),
})
export type RiskEntry = z.infer<typeof riskEntrySchema>

export const riskVisitSchema = z.object({ id: idSchema, method: z.enum(riskVisitMethods), note: z.string(), visitedAt: z.string() })
export type RiskVisit = z.infer<typeof riskVisitSchema>

export const riskRegisterContract = {
  'riskRegister.list': defineMethod({
    summary:
      'Everyone on the risk register with their flags, last visit and number of visits, longest unvisited first; with `notVisitedDays`, only those not visited in that many days (or never). Phones masked.',
    input: z.object({ notVisitedDays: z.number().int().min(1).max(3650).optional() }).strict(),
    output: z.object({ items: z.array(riskEntrySchema) }),
  }),
  'riskRegister.get': defineMethod({
    summary: "A person's flags and visits, newest first (flags empty when not on the register).",
    input: z.object({ attendeeId: idSchema }).strict(),
    output: z.object({ flags: z.array(z.enum(riskFlags)), visits: z.array(riskVisitSchema) }),
  }),
  'riskRegister.setFlags': defineMethod({
    summary: "Set a person's flags (独居老人, 留守老人, 曾受骗, 学生家长, 其他); an empty list takes them off the register, their visits stay.",
    input: z.object({ attendeeId: idSchema, flags: z.array(z.enum(riskFlags)).max(riskFlags.length) }).strict(),
    output: z.object({ flags: z.array(z.enum(riskFlags)), visits: z.array(riskVisitSchema) }),
  }),
  'riskRegister.addVisit': defineMethod({
    summary: 'Record a visit or call to a person on the register, with a note and the time (now if left out).',
    input: z.object({ attendeeId: idSchema, method: z.enum(riskVisitMethods), note: text(500, 0).optional(), visitedAt: dateTimeSchema.optional() }).strict(),
    output: z.object({ flags: z.array(z.enum(riskFlags)), visits: z.array(riskVisitSchema) }),
  }),
}
