import type { ApiErrorBody } from './errors'

export type BridgeResponse = { ok: true; result: unknown } | { ok: false; status: number; error: ApiErrorBody }

/** All the preload exposes to the page, as `window.outreach`. */
export interface OutreachBridge {
  invoke(method: string, input: unknown, locale?: string): Promise<BridgeResponse>
  /** The system print dialog for the calling page (printer choice, copies). */
  print(request: { copies?: number }): Promise<PrintOutcome>
  /** A save dialog, then the calling page as a PDF with its CSS page size and embedded fonts. */
  savePdf(request: { fileName: string; pageSize?: 'A4' | 'A5' }): Promise<SavePdfOutcome>
  /** In the kiosk window: the resident tried to close or quit, so the page should ask for the worker's PIN. */
  onKioskExitRequest(listener: () => void): void
}

export type PrintFailure = 'forbidden' | 'invalid_request' | 'cancelled' | 'failed'
export type PrintOutcome = { ok: true } | { ok: false; reason: PrintFailure }
export type SavePdfOutcome = { ok: true; filePath: string } | { ok: false; reason: PrintFailure }

export const PRINT_CHANNEL = 'print:print'
export const SAVE_PDF_CHANNEL = 'print:savePdf'
export const KIOSK_EXIT_CHANNEL = 'kiosk:exitRequested'

export const BRIDGE_KEY = 'outreach'
export const IPC_CHANNEL_PREFIX = 'api:'
