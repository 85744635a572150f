import type { Session } from '@contract/sessions'

/** Running headers name the talk and its day, or the deck and the day it was printed. */
export function headerFor(session: Session | null, deckTitle: string, locale: string, today = new Date()): { title: string; date: string } {
  const date = session ? new Date(session.startsAt) : today
  const day = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(date)
  return { title: session ? session.title : deckTitle, date: day }
}
