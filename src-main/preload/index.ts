import { contextBridge, ipcRenderer } from 'electron'
import { BRIDGE_KEY, IPC_CHANNEL_PREFIX, type BridgeResponse, type OutreachBridge } from './bridgeApi'

const METHOD_NAME = /^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/

const bridge: OutreachBridge = {
  invoke(method, input, locale) {
    if (typeof method !== 'string' || !METHOD_NAME.test(method)) {
      return Promise.resolve<BridgeResponse>({ ok: false, status: 404, error: { code: 'unknown_method', message: String(method) } })
    }
    return ipcRenderer.invoke(IPC_CHANNEL_PREFIX + method, input, locale)
  },
}

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge)
