import { z } from 'zod'
import { defineMethod, idSchema } from './common'

export const earlyCheckInsContract = {
  'attendance.earlyCheckIns': defineMethod({
    summary: "How many of a session's check-ins were made before the session's local day began (so nobody can have arrived then).",
    input: z.object({ sessionId: idSchema }).strict(),
    output: z.object({ count: z.number().int() }),
  }),
  'attendance.undoEarlyCheckIns': defineMethod({
    summary:
      'Take back every check-in made before the session day; the people stay registered. expectedCount is the number the worker was shown; if it changed meanwhile nothing is undone (409).',
    input: z.object({ sessionId: idSchema, expectedCount: z.number().int().min(0) }).strict(),
    output: z.object({ undone: z.number().int() }),
  }),
}
