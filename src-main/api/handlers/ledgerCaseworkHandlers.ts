import { buildCaseworkCounts } from '../../services/caseworkCounts'
import type { HandlerContext, HandlersFor } from './context'

export function ledgerCaseworkHandlers({ db, now }: HandlerContext): HandlersFor<'ledger.casework'> {
  return {
    'ledger.casework': (range) => db.read((reader) => buildCaseworkCounts(reader, range, now())),
  }
}
