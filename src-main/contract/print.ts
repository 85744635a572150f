import { z } from 'zod'
import { ageGroupSchema } from './people'
import { defineMethod, idSchema } from './common'

export const signInSheetRowSchema = z.object({
  name: z.string(),
  phone: z.string(),
  ageGroup: ageGroupSchema.nullable(),
})
export type SignInSheetRow = z.infer<typeof signInSheetRowSchema>

export const printContract = {
  'print.signInRows': defineMethod({
    summary: 'The people signed up for a session, by pinyin, for a printed sign-in sheet; phones masked unless fullPhones (the app asks the worker to confirm first).',
    input: z.object({ sessionId: idSchema, fullPhones: z.boolean().optional() }).strict(),
    output: z.object({ items: z.array(signInSheetRowSchema) }),
  }),
}
