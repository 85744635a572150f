import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { apiMethods } from '../api/contract'
import { dispatch, errorResponse } from '../api/dispatch'
import type { ApiHandlers } from '../api/handlers/context'
import { pickLocale } from '../api/locale'
import { IPC_CHANNEL_PREFIX } from '../preload/bridgeApi'

export type TrustedUrlCheck = (url: string) => boolean

/** Registers one ipcMain handler per contract method; calls from any frame but our own page are refused. */
export function registerIpcTransport(ipcMain: Pick<IpcMain, 'handle'>, handlers: ApiHandlers, isTrustedUrl: TrustedUrlCheck): void {
  for (const method of apiMethods) {
    ipcMain.handle(IPC_CHANNEL_PREFIX + method, (event: IpcMainInvokeEvent, input: unknown, localeTag: unknown) => {
      const locale = pickLocale(typeof localeTag === 'string' ? localeTag : undefined)
      const frameUrl = event.senderFrame?.url
      if (!frameUrl || !isTrustedUrl(frameUrl)) return errorResponse('forbidden', locale)
      return dispatch(handlers, method, input, locale)
    })
  }
}
