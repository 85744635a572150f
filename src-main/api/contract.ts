import type { z } from 'zod'
import { sessionsContract } from './contracts/sessions'
import { systemContract } from './contracts/system'
import { backupsContract } from './contracts/backups'
import { attendeesContract } from './contracts/attendees'
import { attendanceContract } from './contracts/attendance'
import { rosterImportContract } from './contracts/rosterImport'
import { exportsContract } from './contracts/exports'
import { reportsContract } from './contracts/reports'
import { peopleAdminContract } from './contracts/peopleAdmin'
import { settingsContract } from './contracts/settings'
import { privacyContract } from './contracts/privacy'
import { decksContract } from './contracts/decks'
import { presentationsContract } from './contracts/presentations'
import { ledgerContract } from './contracts/ledger'
import { gridsContract } from './contracts/grids'
import { photosContract } from './contracts/photos'
import { printContract } from './contracts/print'
import { kioskContract } from './contracts/kiosk'
import { earlyCheckInsContract } from './contracts/earlyCheckIns'
import { pendingSignupsContract } from './contracts/pendingSignups'

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
  ...kioskContract,
  ...earlyCheckInsContract,
  ...pendingSignupsContract,
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
