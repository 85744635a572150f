import { useRememberedOptions } from './useRememberedOptions'

/** The worker's own police station and community office, filled into handouts and {{placeholders}}. */
export function useLocalContact() {
  return useRememberedOptions('localContact', { policeStation: '', policePhone: '', communityOffice: '', communityPhone: '' })
}
