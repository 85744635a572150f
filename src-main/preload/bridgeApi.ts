import type { ApiErrorBody } from '../api/errors'

export type BridgeResponse = { ok: true; result: unknown } | { ok: false; status: number; error: ApiErrorBody }

/** All the preload exposes to the page, as `window.outreach`. */
export interface OutreachBridge {
  invoke(method: string, input: unknown, locale?: string): Promise<BridgeResponse>
}

export const BRIDGE_KEY = 'outreach'
export const IPC_CHANNEL_PREFIX = 'api:'
