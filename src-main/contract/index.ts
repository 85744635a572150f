import type { z } from 'zod'
import { sessionsContract } from './sessions'
import { systemContract } from './system'
import { backupsContract } from './backups'
import { attendeesContract } from './attendees'
import { attendanceContract } from './attendance'
import { rosterImportContract } from './rosterImport'
import { exportsContract } from './exports'
import { reportsContract } from './reports'
import { peopleAdminContract } from './peopleAdmin'
import { settingsContract } from './settings'
import { privacyContract } from './privacy'
import { decksContract } from './decks'
import { presentationsContract } from './presentations'
import { ledgerContract } from './ledger'
import { gridsContract } from './grids'
import { photosContract } from './photos'
import { printContract } from './print'
import { kioskLockContract } from './kioskLock'
import { kioskContract } from './kiosk'
import { earlyCheckInsContract } from './earlyCheckIns'
import { pendingSignupsContract } from './pendingSignups'
import { phoneSignupContract } from './phoneSignup'
import { phoneQuizContract } from './phoneQuiz'
import { appSetupContract } from './appSetup'
import { quotasContract } from './quotas'
import { dailyReportContract } from './dailyReport'
import { materialsContract } from './materials'
import { alertsContract } from './alerts'
import { ledgerCaseworkContract } from './ledgerCasework'
import { pledgesContract } from './pledges'
import { pledgePhotosContract } from './pledgePhotos'
import { riskRegisterContract } from './riskRegister'
import { syncContract } from './sync'

/** Everything the main process can do, by namespaced method name. */
export const apiContract = {
  ...systemContract,
  ...backupsContract,
  ...sessionsContract,
  ...attendeesContract,
  ...attendanceContract,
  ...rosterImportContract,
  ...exportsContract,
  ...reportsContract,
  ...peopleAdminContract,
  ...settingsContract,
  ...privacyContract,
  ...decksContract,
  ...presentationsContract,
  ...ledgerContract,
  ...gridsContract,
  ...photosContract,
  ...printContract,
  ...kioskLockContract,
  ...kioskContract,
  ...earlyCheckInsContract,
  ...pendingSignupsContract,
  ...phoneSignupContract,
  ...phoneQuizContract,
  ...appSetupContract,
  ...quotasContract,
  ...dailyReportContract,
  ...materialsContract,
  ...alertsContract,
  ...ledgerCaseworkContract,
  ...pledgesContract,
  ...pledgePhotosContract,
  ...riskRegisterContract,
  ...syncContract,
}

export type ApiContract = typeof apiContract
export type ApiMethod = keyof ApiContract
/** What a caller sends. */
export type ApiInput<M extends ApiMethod> = z.input<ApiContract[M]['input']>
/** What a handler receives, after validation and normalisation. */
export type ApiParsedInput<M extends ApiMethod> = z.output<ApiContract[M]['input']>
export type ApiOutput<M extends ApiMethod> = z.output<ApiContract[M]['output']>

export const apiMethods = Object.keys(apiContract) as ApiMethod[]

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(apiContract, name)
}
