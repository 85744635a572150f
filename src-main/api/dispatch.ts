import { apiContract, isApiMethod } from '../contract'
import type { ApiHandlers } from './handlers/context'
import { ApiError, HTTP_STATUS_BY_CODE, type ApiErrorBody, type ApiErrorCode } from '../contract/errors'
import { describeIssues } from './describeIssues'
import type { ApiLocale } from '../contract/locale'
import { translate } from './messages'
import { mayCall, type ApiRole } from './roles'

export type ApiResponse = { ok: true; result: unknown } | { ok: false; status: number; error: ApiErrorBody }

const STORAGE_ERROR_CODES = new Set(['SQLITE_FULL', 'SQLITE_READONLY', 'SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_IOERR', 'SQLITE_CANTOPEN', 'SQLITE_CORRUPT', 'SQLITE_NOTADB'])

function failure(code: ApiErrorCode, message: string, fields?: Record<string, string>): ApiResponse {
  return { ok: false, status: HTTP_STATUS_BY_CODE[code], error: fields ? { code, message, fields } : { code, message } }
}

export function errorResponse(code: ApiErrorCode, locale: ApiLocale, params: Record<string, string | number> = {}): ApiResponse {
  return failure(code, translate(locale, code, params))
}

function sqliteCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined
}

function describeFailure(error: unknown, locale: ApiLocale): ApiResponse {
  if (error instanceof ApiError) {
    const fieldEntries = Object.entries(error.fieldKeys).map(([field, key]) => [field, translate(locale, key, error.params)])
    return failure(error.code, translate(locale, error.messageKey, error.params), fieldEntries.length ? Object.fromEntries(fieldEntries) : undefined)
  }
  const code = sqliteCode(error)
  if (code && STORAGE_ERROR_CODES.has(code)) return errorResponse('storage_error', locale, { reason: code })
  if (code === 'SQLITE_CONSTRAINT') return errorResponse('conflict', locale)
  console.error('[api] unexpected failure', error)
  return errorResponse('internal', locale)
}

/**
 * The one path every call takes, whatever the transport: check the caller's role, look up, validate, run,
 * check the answer. A role other than the worker's learns nothing about methods outside its list.
 */
export async function dispatch(handlers: ApiHandlers, method: unknown, rawInput: unknown, locale: ApiLocale, role: ApiRole): Promise<ApiResponse> {
  if (!mayCall(role, String(method))) return errorResponse('forbidden', locale)
  if (!isApiMethod(method)) return errorResponse('unknown_method', locale, { method: String(method).slice(0, 80) })
  const spec = apiContract[method]
  const parsed = spec.input.safeParse(rawInput ?? {}, { reportInput: true })
  if (!parsed.success) {
    const { message, fields } = describeIssues(parsed.error.issues, locale)
    return failure('invalid_input', message, fields)
  }
  try {
    const handler = handlers[method] as (input: unknown) => Promise<unknown>
    const result = spec.output.parse(await handler(parsed.data))
    return { ok: true, result }
  } catch (error) {
    return describeFailure(error, locale)
  }
}
