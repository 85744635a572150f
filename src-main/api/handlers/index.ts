import type { ApiHandlers, HandlerContext } from './context'
import { sessionHandlers } from './sessionHandlers'
import { systemHandlers } from './systemHandlers'

export function createApiHandlers(context: HandlerContext): ApiHandlers {
  return {
    ...systemHandlers(context),
    ...sessionHandlers(context),
  }
}
