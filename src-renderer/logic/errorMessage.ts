import { ApiCallError } from '../api/ApiCallError'

/** What a failure says to the worker: the server's localized message, or whatever was thrown. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** The per-field messages of a refused call; empty when the failure is not about fields. */
export function fieldErrors(error: unknown): Record<string, string> {
  return error instanceof ApiCallError ? error.fields : {}
}
