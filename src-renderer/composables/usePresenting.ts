import type { ApiInput, ApiOutput } from '@contract'
import type { DeckFile } from '@contract/deckFormat'
import type { Session } from '@contract/sessions'
import { invoke } from '../api/client'

/** What the presenter needs before a talk, and the record of the talk being shown. */
export function usePresenting() {
  function fetchDeck(id: string): Promise<DeckFile> {
    return invoke('decks.get', { id })
  }

  async function listSessions(): Promise<Session[]> {
    return (await invoke('sessions.list', {})).items
  }

  function fetchVariables(sessionId: string): Promise<ApiOutput<'presentations.variables'>> {
    return invoke('presentations.variables', sessionId ? { sessionId } : {})
  }

  function startShow(input: ApiInput<'presentations.start'>): Promise<ApiOutput<'presentations.start'>> {
    return invoke('presentations.start', input)
  }

  function endShow(showId: string): Promise<ApiOutput<'presentations.end'>> {
    return invoke('presentations.end', { showId })
  }

  return { fetchDeck, listSessions, fetchVariables, startShow, endShow }
}
