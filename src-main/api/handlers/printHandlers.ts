import { ApiError } from '../../contract/errors'
import { findSession } from '../../db/repositories/sessionsRepository'
import { signedUpForSheet } from '../../db/repositories/signInSheetRepository'
import { maskPhone } from '../../contract/phone'
import type { HandlerContext, HandlersFor } from './context'

export function printHandlers({ db }: HandlerContext): HandlersFor<'print.signInRows'> {
  return {
    'print.signInRows': ({ sessionId, fullPhones }) =>
      db.read(async (reader) => {
        if (!(await findSession(reader, sessionId))) throw new ApiError('not_found', 'session_not_found')
        const rows = await signedUpForSheet(reader, sessionId)
        return {
          items: rows.map((row) => ({
            name: row.name,
            phone: fullPhones ? (row.phone ?? '') : maskPhone(row.phone),
            ageGroup: row.age_group,
            neighbourhood: row.neighbourhood,
            phoneTail: row.phone ? row.phone.slice(-4) : '',
          })),
        }
      }),
  }
}
