import type { ApiInput, ApiOutput } from '@contract'
import type { DeckShow } from '@contract/presentations'
import { invoke } from '../api/client'

/** Decks shown at a session and the quiz counts taken during a show. */
export function useDeckShows() {
  async function listShowsForSession(sessionId: string): Promise<DeckShow[]> {
    return (await invoke('presentations.listForSession', { sessionId })).items
  }

  function recordQuizCount(input: ApiInput<'presentations.recordQuiz'>): Promise<ApiOutput<'presentations.recordQuiz'>> {
    return invoke('presentations.recordQuiz', input)
  }

  return { listShowsForSession, recordQuizCount }
}
