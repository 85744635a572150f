import { invoke } from '../api/client'
import { useRememberedOptions } from './useRememberedOptions'

const FROM_TALKS = ['policeStation', 'policePhone', 'communityOffice'] as const

/**
 * The worker's own police station and community office, filled into handouts and {{placeholders}}.
 * Until typed here once, they start from the values last used when presenting a talk.
 */
export function useLocalContact() {
  const contact = useRememberedOptions('localContact', { policeStation: '', policePhone: '', communityOffice: '', communityPhone: '' })
  if (FROM_TALKS.every((name) => !contact[name])) {
    invoke('presentations.variables', {})
      .then(({ values }) => {
        for (const name of FROM_TALKS) if (!contact[name] && values[name]) contact[name] = values[name]
      })
      .catch(() => undefined)
  }
  return contact
}
