import type { BridgeResponse } from '@contract/bridge'

export type Transport = (method: string, input: unknown, locale: string) => Promise<BridgeResponse>

/** Inside Electron the preload's bridge; in a browser the local HTTP server. */
export function pickTransport(): Transport {
  const bridge = window.outreach
  if (bridge) return (method, input, locale) => bridge.invoke(method, input, locale)
  return httpTransport
}

/** `serve` writes the API token into the page it serves; only that page can read it. */
function servedApiToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="outreach-api-token"]')?.content ?? ''
}

async function httpTransport(method: string, input: unknown, locale: string): Promise<BridgeResponse> {
  let response: Response
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': locale, 'x-api-token': servedApiToken() },
      body: JSON.stringify(input ?? {}),
    })
  } catch {
    return {
      ok: false,
      status: 0,
      error: { code: 'storage_error', message: locale === 'en' ? 'The app server cannot be reached. Is it still running?' : '连接不上本机服务，请确认程序仍在运行。' },
    }
  }
  const body = await response.json().catch(() => undefined)
  if (response.ok) return { ok: true, result: body }
  const error = body?.error ?? { code: 'internal', message: `HTTP ${response.status}` }
  return { ok: false, status: response.status, error }
}
