import { contextBridge, ipcRenderer } from 'electron'
import { BRIDGE_KEY, IPC_CHANNEL_PREFIX, KIOSK_EXIT_CHANNEL, PRINT_CHANNEL, SAVE_PDF_CHANNEL, type BridgeResponse, type OutreachBridge } from '../contract/bridge'

/** A namespaced contract name such as `sessions.get` or `sessions.ledgerFields.update`; main decides whether it exists. */
const METHOD_NAME = /^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z]*)+$/

const bridge: OutreachBridge = {
  invoke(method, input, locale) {
    if (typeof method !== 'string' || method.length > 100 || !METHOD_NAME.test(method)) {
      return Promise.resolve<BridgeResponse>({ ok: false, status: 404, error: { code: 'unknown_method', message: String(method).slice(0, 100) } })
    }
    return ipcRenderer.invoke(IPC_CHANNEL_PREFIX + method, input, locale)
  },
  print(request) {
    return ipcRenderer.invoke(PRINT_CHANNEL, request)
  },
  savePdf(request) {
    return ipcRenderer.invoke(SAVE_PDF_CHANNEL, request)
  },
  onKioskExitRequest(listener) {
    // The IPC event stays here: the page learns only that it should ask for the PIN.
    ipcRenderer.on(KIOSK_EXIT_CHANNEL, () => listener())
  },
}

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge)
