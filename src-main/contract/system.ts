import { z } from 'zod'
import { defineMethod, emptyInput } from './common'

export const systemContract = {
  'system.health': defineMethod({
    summary: 'Whether the store is open, and its schema version.',
    input: emptyInput,
    output: z.object({ ok: z.literal(true), schemaVersion: z.number().int() }),
  }),
}
