import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { apiMethods } from '../contract'
import { dispatch, errorResponse } from '../api/dispatch'
import type { ApiHandlers } from '../api/handlers/context'
import { pickLocale } from '../contract/locale'
import type { ApiRole } from '../api/roles'
import { IPC_CHANNEL_PREFIX } from '../contract/bridge'

export type TrustedUrlCheck = (url: string) => boolean

export interface IpcCallers {
  /** Our own page, by scheme and host; any other frame is refused whatever its window. */
  isTrustedUrl: TrustedUrlCheck
  /** The role of the window `sender` belongs to, as main registered it when it opened the window. */
  roleOf: (sender: IpcMainInvokeEvent['sender']) => ApiRole | undefined
}

/** The caller's role from the sending window and frame, never from anything the page sends; undefined is nobody. */
export function ipcCallerRole(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, callers: IpcCallers): ApiRole | undefined {
  const frameUrl = event.senderFrame?.url
  if (!frameUrl || !callers.isTrustedUrl(frameUrl)) return undefined
  return callers.roleOf(event.sender)
}

/** Registers one ipcMain handler per contract method; each call runs with the role of the window that sent it. */
export function registerIpcTransport(ipcMain: Pick<IpcMain, 'handle'>, handlers: ApiHandlers, callers: IpcCallers): void {
  for (const method of apiMethods) {
    ipcMain.handle(IPC_CHANNEL_PREFIX + method, (event: IpcMainInvokeEvent, input: unknown, localeTag: unknown) => {
      const locale = pickLocale(typeof localeTag === 'string' ? localeTag : undefined)
      const role = ipcCallerRole(event, callers)
      if (!role) return errorResponse('forbidden', locale)
      return dispatch(handlers, method, input, locale, role)
    })
  }
}
