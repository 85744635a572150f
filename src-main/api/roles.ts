/**
 * Who is calling, decided by the transport from something the caller cannot forge (the window main
 * opened, the HTTP token), never from what the page says about itself.
 */
export const API_ROLES = ['worker', 'resident', 'phone', 'audience'] as const
export type ApiRole = (typeof API_ROLES)[number]

/** A resident at the kiosk sees the session's title, signs up, and may try the PIN to leave. */
export const RESIDENT_METHODS: readonly string[] = ['kiosk.sessionInfo', 'kiosk.signUp', 'kiosk.verifyPin']

/** A resident on their own phone, through the hall's listener: the session's title, the sign-up and the quiz, all under the link's token. */
export const PHONE_METHODS: readonly string[] = ['kiosk.sessionInfo', 'phoneSignup.signUp', 'phoneQuiz.current', 'phoneQuiz.answer']

/** The audience window follows the presenter by message, so it needs no API at all. */
export const AUDIENCE_METHODS: readonly string[] = []

const ALLOWED: Record<Exclude<ApiRole, 'worker'>, ReadonlySet<string>> = {
  resident: new Set(RESIDENT_METHODS),
  phone: new Set(PHONE_METHODS),
  audience: new Set(AUDIENCE_METHODS),
}

/** The worker may do everything; every other role only what its list names. */
export function mayCall(role: ApiRole, method: string): boolean {
  return role === 'worker' || ALLOWED[role].has(method)
}
