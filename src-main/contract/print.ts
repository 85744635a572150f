import { z } from 'zod'
import { ageGroupSchema } from './people'
import { defineMethod, idSchema } from './common'

export const signInSheetRowSchema = z.object({
  name: z.string(),
  phone: z.string(),
  ageGroup: ageGroupSchema.nullable(),
  /** 小区/楼栋 as the person gave it. */
  neighbourhood: z.string(),
  /** The phone's last four digits, printed beside a name that two people share so their rows can be told apart. */
  phoneTail: z.string(),
})
export type SignInSheetRow = z.infer<typeof signInSheetRowSchema>

export const printContract = {
  'print.signInRows': defineMethod({
    summary:
      'The people signed up for a session, by pinyin, for a printed sign-in sheet; phones masked unless fullPhones (the app asks the worker to confirm first), with their neighbourhood and phone tail.',
    input: z.object({ sessionId: idSchema, fullPhones: z.boolean().optional() }).strict(),
    output: z.object({ items: z.array(signInSheetRowSchema) }),
  }),
}
