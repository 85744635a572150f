import type { BrowserWindow, Dialog, IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import { z } from 'zod'
import { PRINT_CHANNEL, SAVE_PDF_CHANNEL, type PrintOutcome, type SavePdfOutcome } from '../contract/bridge'
import { ipcCallerRole, type IpcCallers } from '../transports/ipc'

export const printRequestSchema = z.object({ copies: z.number().int().min(1).max(99).optional() }).strict()

export const savePdfRequestSchema = z
  .object({
    /** A suggestion for the save dialog; the worker picks the real name and folder. */
    fileName: z
      .string()
      .trim()
      .min(1)
      .max(120)
      // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
      .regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/),
    pageSize: z.enum(['A4', 'A5']).optional(),
  })
  .strict()

export interface PrintIpcDeps {
  ipcMain: Pick<IpcMain, 'handle'>
  dialog: Pick<Dialog, 'showSaveDialog'>
  windowOf: (contents: WebContents) => BrowserWindow | null
  callers: IpcCallers
  writeFile: (path: string, data: Buffer) => Promise<void>
}

/** Only the worker's window prints: the kiosk and the audience screen have nothing to print. */
function trusted(event: IpcMainInvokeEvent, callers: IpcCallers): boolean {
  return ipcCallerRole(event, callers) === 'worker'
}

function pdfName(fileName: string): string {
  return fileName.toLowerCase().endsWith('.pdf') ? fileName : `${fileName}.pdf`
}

/**
 * Print and Save as PDF act on the page that asked (event.sender), so they live outside the API contract,
 * which knows nothing of windows. The sender is checked like every API call (worker windows only); payloads are validated.
 */
export function registerPrintIpc({ ipcMain, dialog, windowOf, callers, writeFile }: PrintIpcDeps): void {
  ipcMain.handle(PRINT_CHANNEL, (event: IpcMainInvokeEvent, payload: unknown): Promise<PrintOutcome> | PrintOutcome => {
    if (!trusted(event, callers)) return { ok: false, reason: 'forbidden' }
    const request = printRequestSchema.safeParse(payload ?? {})
    if (!request.success) return { ok: false, reason: 'invalid_request' }
    return new Promise((resolve) => {
      event.sender.print({ silent: false, printBackground: true, copies: request.data.copies ?? 1 }, (success, failureReason) => {
        if (success) resolve({ ok: true })
        else resolve({ ok: false, reason: failureReason === 'Print job canceled' || failureReason === 'cancelled' ? 'cancelled' : 'failed' })
      })
    })
  })

  ipcMain.handle(SAVE_PDF_CHANNEL, async (event: IpcMainInvokeEvent, payload: unknown): Promise<SavePdfOutcome> => {
    if (!trusted(event, callers)) return { ok: false, reason: 'forbidden' }
    const request = savePdfRequestSchema.safeParse(payload)
    if (!request.success) return { ok: false, reason: 'invalid_request' }
    const owner = windowOf(event.sender)
    const options = { defaultPath: pdfName(request.data.fileName), filters: [{ name: 'PDF', extensions: ['pdf'] }] }
    const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options)
    if (choice.canceled || !choice.filePath) return { ok: false, reason: 'cancelled' }
    try {
      const data = await event.sender.printToPDF({ preferCSSPageSize: true, printBackground: true, pageSize: request.data.pageSize ?? 'A4' })
      await writeFile(choice.filePath, data)
      return { ok: true, filePath: choice.filePath }
    } catch {
      return { ok: false, reason: 'failed' }
    }
  })
}
