import { contextBridge, ipcRenderer } from 'electron'
import { BRIDGE_KEY, IPC_CHANNEL_PREFIX, PRINT_CHANNEL, SAVE_PDF_CHANNEL, type BridgeResponse, type OutreachBridge } from './bridgeApi'

const METHOD_NAME = /^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/

const bridge: OutreachBridge = {
  invoke(method, input, locale) {
    if (typeof method !== 'string' || !METHOD_NAME.test(method)) {
      return Promise.resolve<BridgeResponse>({ ok: false, status: 404, error: { code: 'unknown_method', message: String(method) } })
    }
    return ipcRenderer.invoke(IPC_CHANNEL_PREFIX + method, input, locale)
  },
  print(request) {
    return ipcRenderer.invoke(PRINT_CHANNEL, request)
  },
  savePdf(request) {
    return ipcRenderer.invoke(SAVE_PDF_CHANNEL, request)
  },
}

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge)
