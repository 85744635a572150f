import { ref } from 'vue'
import { ApiCallError } from '../api/ApiCallError'
import { emptySignUpDraft, type SignUpDraft } from '../logic/signUpDraft'
import { errorMessage } from '../logic/errorMessage'

/**
 * A sign-up form's state: the draft, the API's messages per field, and one call that sends it
 * (the worker's attendees.signUp or a resident's kiosk.signUp).
 */
export function useSignUpForm<Extra, Result>(send: (draft: SignUpDraft, extra: Extra) => Promise<Result>) {
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
  async function submit(extra: Extra): Promise<Result | null> {
    if (saving.value) return null
    saving.value = true
    fieldErrors.value = {}
    formError.value = ''
    try {
      return await send(draft.value, extra)
    } catch (error) {
      if (error instanceof ApiCallError && Object.keys(error.fields).length > 0) fieldErrors.value = error.fields
      formError.value = errorMessage(error)
      return null
    } finally {
      saving.value = false
    }
  }

  return { draft, fieldErrors, formError, saving, reset, submit }
}
