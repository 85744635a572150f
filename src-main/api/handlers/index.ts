import type { ApiHandlers, HandlerContext } from './context'
import { sessionHandlers } from './sessionHandlers'
import { systemHandlers } from './systemHandlers'
import { backupHandlers } from './backupHandlers'
import { attendeeHandlers } from './attendeeHandlers'
import { attendanceHandlers } from './attendanceHandlers'
import { importHandlers } from './importHandlers'
import { exportHandlers } from './exportHandlers'
import { reportHandlers } from './reportHandlers'
import { peopleHandlers } from './peopleHandlers'
import { settingsHandlers } from './settingsHandlers'
import { privacyHandlers } from './privacyHandlers'
import { deckHandlers } from './deckHandlers'
import { presentationHandlers } from './presentationHandlers'
import { ledgerHandlers } from './ledgerHandlers'
import { gridHandlers } from './gridHandlers'
import { photoHandlers } from './photoHandlers'
import { printHandlers } from './printHandlers'
import { kioskLockHandlers } from './kioskLockHandlers'
import { kioskHandlers } from './kioskHandlers'
import { earlyCheckInHandlers } from './earlyCheckInHandlers'
import { pendingSignupHandlers } from './pendingSignupHandlers'
import { phoneSignupHandlers } from './phoneSignupHandlers'
import { phoneQuizHandlers } from './phoneQuizHandlers'
import { appSetupHandlers } from './appSetupHandlers'
import { quotaHandlers } from './quotaHandlers'
import { dailyReportHandlers } from './dailyReportHandlers'
import { materialHandlers } from './materialHandlers'
import { alertHandlers } from './alertHandlers'
import { ledgerCaseworkHandlers } from './ledgerCaseworkHandlers'
import { pledgeHandlers } from './pledgeHandlers'
import { pledgePhotoHandlers } from './pledgePhotoHandlers'
import { riskRegisterHandlers } from './riskRegisterHandlers'
import { syncHandlers } from './syncHandlers'

export function createApiHandlers(context: HandlerContext): ApiHandlers {
  return {
    ...systemHandlers(context),
    ...backupHandlers(context),
    ...sessionHandlers(context),
    ...attendeeHandlers(context),
    ...attendanceHandlers(context),
    ...importHandlers(context),
    ...exportHandlers(context),
    ...reportHandlers(context),
    ...peopleHandlers(context),
    ...settingsHandlers(context),
    ...privacyHandlers(context),
    ...deckHandlers(context),
    ...presentationHandlers(context),
    ...ledgerHandlers(context),
    ...gridHandlers(context),
    ...photoHandlers(context),
    ...printHandlers(context),
    ...kioskLockHandlers(context),
    ...kioskHandlers(context),
    ...earlyCheckInHandlers(context),
    ...pendingSignupHandlers(context),
    ...phoneSignupHandlers(context),
    ...phoneQuizHandlers(context),
    ...appSetupHandlers(context),
    ...quotaHandlers(context),
    ...dailyReportHandlers(context),
    ...materialHandlers(context),
    ...alertHandlers(context),
    ...ledgerCaseworkHandlers(context),
    ...pledgeHandlers(context),
    ...pledgePhotoHandlers(context),
    ...riskRegisterHandlers(context),
    ...syncHandlers(context),
  }
}
