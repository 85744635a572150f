import type { RosterEntry } from '@contract/attendance'
import type { DeckFile } from '@contract/deckFormat'
import type { LedgerReport, LedgerRow } from '@contract/ledger'
import type { PhotoSummary } from '@contract/photos'
import type { DeckShow } from '@contract/presentations'
import type { PrePostResult } from '@contract/phoneQuiz'
import type { SignInSheetRow } from '@contract/print'
import { invoke } from '../api/client'
import type { LedgerRange } from '../logic/ledger/ledgerRange'

/** What the printing pages read beyond their picked session or deck: the roster, deck showings, sign-in rows, a deck such as the hotline deck, and the ledger with its photos. */
export function usePrintRecords() {
  async function loadSessionReport(sessionId: string): Promise<{ roster: RosterEntry[]; shows: DeckShow[]; prePost: PrePostResult }> {
    const [attendance, showings, prePost] = await Promise.all([
      invoke('attendance.list', { sessionId }),
      invoke('presentations.listForSession', { sessionId }),
      invoke('phoneQuiz.prePost', { sessionId }),
    ])
    return { roster: attendance.items, shows: showings.items, prePost }
  }

  async function loadSignInRows(sessionId: string, fullPhones: boolean): Promise<SignInSheetRow[]> {
    return (await invoke('print.signInRows', { sessionId, fullPhones })).items
  }

  function loadDeck(id: string): Promise<DeckFile> {
    return invoke('decks.get', { id })
  }

  /** The ledger for a range, then the photos of each of its sessions that has any. */
  async function loadLedgerPrint(range: LedgerRange): Promise<{ report: LedgerReport; photoLists: { row: LedgerRow; items: PhotoSummary[] }[] }> {
    const report = await invoke('ledger.report', range)
    const photoLists = await Promise.all(
      report.rows.filter((row) => row.photoCount > 0).map(async (row) => ({ row, items: (await invoke('photos.list', { sessionId: row.sessionId })).items })),
    )
    return { report, photoLists }
  }

  /** The open phone sign-up link of a session, or null when it is not open. */
  async function loadPhoneLink(sessionId: string): Promise<string | null> {
    const status = await invoke('phoneSignup.status', { sessionId })
    return status.open ? status.url : null
  }

  return { loadPhoneLink, loadSessionReport, loadSignInRows, loadDeck, loadLedgerPrint }
}
