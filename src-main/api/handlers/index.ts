import type { ApiHandlers, HandlerContext } from './context'
import { sessionHandlers } from './sessionHandlers'
import { systemHandlers } from './systemHandlers'
import { attendeeHandlers } from './attendeeHandlers'
import { attendanceHandlers } from './attendanceHandlers'
import { deckHandlers } from './deckHandlers'
import { presentationHandlers } from './presentationHandlers'

export function createApiHandlers(context: HandlerContext): ApiHandlers {
  return {
    ...systemHandlers(context),
    ...sessionHandlers(context),
    ...attendeeHandlers(context),
    ...attendanceHandlers(context),
    ...deckHandlers(context),
    ...presentationHandlers(context),
  }
}
