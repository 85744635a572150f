import type { ApiErrorBody } from '@contract/errors'

/** A failed API call, carrying the server's localized message and per-field messages. */
export class ApiCallError extends Error {
  readonly code: string
  readonly fields: Record<string, string>

  constructor(body: ApiErrorBody) {
    super(body.message)
    this.name = 'ApiCallError'
    this.code = body.code
    this.fields = body.fields ?? {}
  }
}
