import { createApiHandlers } from '../../src-main/api/handlers'
import { createHandlerContext, type ApiHandlers, type HandlerContext } from '../../src-main/api/handlers/context'
import { dispatch } from '../../src-main/api/dispatch'
import type { ApiLocale } from '../../src-main/contract/locale'
import { openTempDatabase, type TempDatabase } from './tempDatabase'

export interface TestApp extends TempDatabase {
  handlers: ApiHandlers
  call: (method: string, input: unknown, locale?: ApiLocale) => ReturnType<typeof dispatch>
}

/** The real handlers over a real temp database, called through the same dispatch both transports use. */
export async function openTestApp(overrides: Partial<Pick<HandlerContext, 'now' | 'newId'>> = {}): Promise<TestApp> {
  const temp = await openTempDatabase()
  const handlers = createApiHandlers(createHandlerContext(temp.db, overrides))
  return { ...temp, handlers, call: (method, input, locale = 'zh-CN') => dispatch(handlers, method, input, locale, 'worker') }
}
