import type { ApiInput, ApiOutput } from '@contract'
import { invoke } from '../api/client'

/** Signing residents up for a session ahead of the talk, with the neighbourhoods already on record. */
export function useSessionSignUp() {
  function signUpAttendee(input: ApiInput<'attendees.signUp'>): Promise<ApiOutput<'attendees.signUp'>> {
    return invoke('attendees.signUp', input)
  }

  /** Only suggestions for typing: when they cannot be read the form works without them. */
  async function knownNeighbourhoodNames(): Promise<string[]> {
    return (await invoke('people.neighbourhoods', {}).catch(() => ({ items: [] }))).items.map((item) => item.name)
  }

  return { signUpAttendee, knownNeighbourhoodNames }
}
