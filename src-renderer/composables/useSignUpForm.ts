import { ref, type Ref } from 'vue'
import type { ApiInput } from '@contract'
import type { SignUpOutput } from '@contract/attendees'
import { invoke } from '../api/client'
import { ApiCallError } from '../api/ApiCallError'
import { emptySignUpDraft, signUpInput, type SignUpDraft } from '../logic/signUpDraft'

type Extra = Parameters<typeof signUpInput>[2]

/** A sign-up form's state: the draft, the API's messages per field, and one call to attendees.signUp. */
export function useSignUpForm(sessionId: Ref<string>) {
  const draft = ref<SignUpDraft>(emptySignUpDraft())
  const fieldErrors = ref<Record<string, string>>({})
  const formError = ref('')
  const saving = ref(false)

  function reset(): void {
    draft.value = emptySignUpDraft()
    fieldErrors.value = {}
    formError.value = ''
  }

  /** Null when the API refused: its messages are then in fieldErrors / formError, and the draft is kept. */
  async function submit(extra: Extra = {}): Promise<SignUpOutput | null> {
    if (saving.value) return null
    saving.value = true
    fieldErrors.value = {}
    formError.value = ''
    try {
      const input: ApiInput<'attendees.signUp'> = signUpInput(draft.value, sessionId.value, extra)
      return await invoke('attendees.signUp', input)
    } catch (error) {
      if (error instanceof ApiCallError && Object.keys(error.fields).length > 0) fieldErrors.value = error.fields
      formError.value = error instanceof Error ? error.message : String(error)
      return null
    } finally {
      saving.value = false
    }
  }

  return { draft, fieldErrors, formError, saving, reset, submit }
}
