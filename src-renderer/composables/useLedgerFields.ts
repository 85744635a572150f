import type { ApiInput } from '@contract'
import type { LedgerFields } from '@contract/ledger'
import { invoke } from '../api/client'

/** A session's ledger side: activity type, grid and the counts the worker keeps. */
export function useLedgerFields() {
  const loadLedgerFields = (sessionId: string): Promise<LedgerFields> => invoke('sessions.ledgerFields.get', { sessionId })
  const saveLedgerFields = (input: ApiInput<'sessions.ledgerFields.update'>): Promise<LedgerFields> => invoke('sessions.ledgerFields.update', input)
  return { loadLedgerFields, saveLedgerFields }
}
