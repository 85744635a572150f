import type { Session, SessionCreateInput } from '@contract/sessions'
import { isoToLocalInput, localInputToIso } from './dateTime'

/** What the session form holds: everything as the inputs give it. */
export interface SessionDraft {
  title: string
  startsAt: string
  place: string
  durationMinutes: string
  community: string
  neighbourhood: string
  building: string
  presenters: string
  audience: Session['audience']
  status: Session['status']
  activityType: Session['activityType']
  notes: string
}

export function emptySessionDraft(): SessionDraft {
  return {
    title: '',
    startsAt: '',
    place: '',
    durationMinutes: '',
    community: '',
    neighbourhood: '',
    building: '',
    presenters: '',
    audience: 'general',
    status: 'planned',
    activityType: 'talk',
    notes: '',
  }
}

export function draftFromSession(session: Session): SessionDraft {
  return {
    title: session.title,
    startsAt: isoToLocalInput(session.startsAt),
    place: session.place,
    durationMinutes: session.durationMinutes === null ? '' : String(session.durationMinutes),
    community: session.community,
    neighbourhood: session.neighbourhood,
    building: session.building,
    presenters: session.presenters,
    audience: session.audience,
    status: session.status,
    activityType: session.activityType,
    notes: session.notes,
  }
}

/** An unparseable duration is sent as-is, so the API names the field in its own words. */
function durationFromDraft(value: string): number | null {
  const trimmed = value.trim()
  if (!trimmed) return null
  return Number(trimmed)
}

export function draftToInput(draft: SessionDraft): Required<Omit<SessionCreateInput, 'durationMinutes' | 'confirmFuture'>> & { durationMinutes: number | null } {
  return {
    title: draft.title,
    startsAt: localInputToIso(draft.startsAt),
    place: draft.place,
    durationMinutes: durationFromDraft(draft.durationMinutes),
    community: draft.community,
    neighbourhood: draft.neighbourhood,
    building: draft.building,
    presenters: draft.presenters,
    audience: draft.audience,
    status: draft.status,
    activityType: draft.activityType,
    notes: draft.notes,
  }
}
