export type ApiErrorCode =
  'invalid_input' | 'invalid_json' | 'unknown_method' | 'forbidden' | 'unauthorized' | 'not_found' | 'conflict' | 'payload_too_large' | 'storage_error' | 'internal'

export interface ApiErrorBody {
  code: ApiErrorCode
  message: string
  /** Per-field messages, keyed by the input field's dotted path. */
  fields?: Record<string, string>
}

/** A failure a handler reports on purpose; `messageKey` is looked up in the API's message catalogue. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    readonly messageKey: string,
    readonly params: Record<string, string | number> = {},
    /** Message keys per input field, for a refusal that belongs next to a field (a phone already in use). */
    readonly fieldKeys: Record<string, string> = {},
  ) {
    super(messageKey)
    this.name = 'ApiError'
  }
}

export const HTTP_STATUS_BY_CODE: Record<ApiErrorCode, number> = {
  invalid_input: 400,
  invalid_json: 400,
  unknown_method: 404,
  forbidden: 403,
  unauthorized: 401,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  storage_error: 503,
  internal: 500,
}
