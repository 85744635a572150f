import type { ApiInput } from '@contract'
import { ageGroups, genders, type PersonSummary } from '@contract/people'

export type AgeGroup = NonNullable<PersonSummary['ageGroup']>
export type Gender = NonNullable<PersonSummary['gender']>

export const AGE_GROUPS: readonly AgeGroup[] = ageGroups
export const GENDERS: readonly Gender[] = genders

/** What the sign-up form holds while a person is being entered; '' means not answered. */
export interface SignUpDraft {
  name: string
  phone: string
  ageGroup: AgeGroup | ''
  neighbourhood: string
  gender: Gender | ''
  consent: boolean
}

export function emptySignUpDraft(): SignUpDraft {
  return { name: '', phone: '', ageGroup: '', neighbourhood: '', gender: '', consent: false }
}

export function signUpInput(
  draft: SignUpDraft,
  sessionId: string,
  extra: Pick<ApiInput<'attendees.signUp'>, 'source' | 'checkIn' | 'attendeeId' | 'confirmedNew' | 'confirmUpdate'> = {},
): ApiInput<'attendees.signUp'> {
  return {
    sessionId,
    name: draft.name,
    phone: draft.phone,
    ageGroup: draft.ageGroup || undefined,
    neighbourhood: draft.neighbourhood,
    gender: draft.gender || undefined,
    consent: draft.consent,
    ...extra,
  }
}

/** What a resident's own sign-up sends: their answers only. */
export function residentSignUpInput(draft: SignUpDraft, sessionId: string): ApiInput<'kiosk.signUp'> {
  return {
    sessionId,
    name: draft.name,
    phone: draft.phone,
    ageGroup: draft.ageGroup || undefined,
    neighbourhood: draft.neighbourhood,
    gender: draft.gender || undefined,
    consent: draft.consent,
  }
}

/** A calendar day as YYYY-MM-DD on this laptop's clock: the same in both languages and never ambiguous. */
export function localDate(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}
