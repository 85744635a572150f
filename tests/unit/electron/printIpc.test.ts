import { beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({ ipcMain: { handle: vi.fn() }, dialog: { showSaveDialog: vi.fn() }, BrowserWindow: { fromWebContents: vi.fn() } }))

import { registerPrintIpc } from '../../../src-main/electron/printIpc'
import { PRINT_CHANNEL, SAVE_PDF_CHANNEL } from '../../../src-main/contract/bridge'
import type { ApiRole } from '../../../src-main/api/roles'

type Handler = (event: unknown, payload?: unknown) => Promise<unknown> | unknown

const trustedUrl = 'file:///app/out/renderer/index.html#/print/slides'
let handlers: Map<string, Handler>
/** Senders not in here belong to no window main registered. */
let roleBySender: Map<unknown, ApiRole>
let showSaveDialog: ReturnType<typeof vi.fn>
let writeFile: ReturnType<typeof vi.fn<(path: string, data: Buffer) => Promise<void>>>

function senderEvent(url: string | null, overrides: Partial<{ print: unknown; printToPDF: unknown }> = {}) {
  const sender = {
    print: vi.fn((_options: unknown, callback: (success: boolean, reason: string) => void) => callback(true, '')),
    printToPDF: vi.fn(async () => Buffer.from('%PDF-1.4 test')),
    ...overrides,
  }
  roleBySender.set(sender, 'worker')
  return { senderFrame: url === null ? null : { url }, sender }
}

beforeEach(() => {
  handlers = new Map()
  roleBySender = new Map()
  showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: '/home/worker/讲义.pdf' }))
  writeFile = vi.fn(async (_path: string, _data: Buffer) => undefined)
  registerPrintIpc({
    ipcMain: { handle: (channel: string, listener: Handler) => void handlers.set(channel, listener) } as never,
    dialog: { showSaveDialog } as never,
    windowOf: () => null,
    callers: { isTrustedUrl: (url) => url.startsWith('file:///app/out/renderer/index.html'), roleOf: (sender) => roleBySender.get(sender) },
    writeFile,
  })
})

describe('print IPC', () => {
  it('registers exactly the two printing channels', () => {
    expect([...handlers.keys()].sort()).toEqual([PRINT_CHANNEL, SAVE_PDF_CHANNEL].sort())
  })

  it("opens the system dialog for our own page, with the copies asked for and the page's backgrounds", async () => {
    const event = senderEvent(trustedUrl)
    expect(await handlers.get(PRINT_CHANNEL)!(event, { copies: 3 })).toEqual({ ok: true })
    expect(event.sender.print).toHaveBeenCalledWith({ silent: false, printBackground: true, copies: 3 }, expect.any(Function))
  })

  it('reports a cancelled print dialog as cancelled, not as a failure', async () => {
    const event = senderEvent(trustedUrl, { print: vi.fn((_o: unknown, callback: (ok: boolean, reason: string) => void) => callback(false, 'Print job canceled')) })
    expect(await handlers.get(PRINT_CHANNEL)!(event, {})).toEqual({ ok: false, reason: 'cancelled' })
  })

  it('refuses other senders without printing or saving anything', async () => {
    for (const url of ['https://evil.example/', 'file:///tmp/other.html', null]) {
      const event = senderEvent(url)
      expect(await handlers.get(PRINT_CHANNEL)!(event, {})).toEqual({ ok: false, reason: 'forbidden' })
      expect(await handlers.get(SAVE_PDF_CHANNEL)!(event, { fileName: 'x' })).toEqual({ ok: false, reason: 'forbidden' })
      expect(event.sender.print).not.toHaveBeenCalled()
      expect(event.sender.printToPDF).not.toHaveBeenCalled()
    }
    expect(showSaveDialog).not.toHaveBeenCalled()
    expect(writeFile).not.toHaveBeenCalled()
  })

  it('refuses the kiosk, the audience screen and unregistered windows even on our own page', async () => {
    for (const role of ['resident', 'audience', undefined] as const) {
      const event = senderEvent(trustedUrl)
      if (role) roleBySender.set(event.sender, role)
      else roleBySender.delete(event.sender)
      expect(await handlers.get(PRINT_CHANNEL)!(event, {})).toEqual({ ok: false, reason: 'forbidden' })
      expect(await handlers.get(SAVE_PDF_CHANNEL)!(event, { fileName: 'x' })).toEqual({ ok: false, reason: 'forbidden' })
      expect(event.sender.print).not.toHaveBeenCalled()
      expect(event.sender.printToPDF).not.toHaveBeenCalled()
    }
    expect(showSaveDialog).not.toHaveBeenCalled()
  })

  it('rejects malformed payloads before touching the page', async () => {
    const event = senderEvent(trustedUrl)
    for (const payload of [{ copies: 0 }, { copies: 1000 }, { copies: '2' }, { copies: 1, silent: true }, 'print']) {
      expect(await handlers.get(PRINT_CHANNEL)!(event, payload)).toEqual({ ok: false, reason: 'invalid_request' })
    }
    for (const payload of [undefined, {}, { fileName: '' }, { fileName: '../../etc/passwd' }, { fileName: 'a', pageSize: 'Letter' }, { fileName: 'a', path: '/tmp/x.pdf' }]) {
      expect(await handlers.get(SAVE_PDF_CHANNEL)!(event, payload)).toEqual({ ok: false, reason: 'invalid_request' })
    }
    expect(event.sender.print).not.toHaveBeenCalled()
    expect(showSaveDialog).not.toHaveBeenCalled()
  })

  it('saves the PDF where the worker chose, with the CSS page size and backgrounds', async () => {
    const event = senderEvent(trustedUrl)
    expect(await handlers.get(SAVE_PDF_CHANNEL)!(event, { fileName: '签到表-守护钱袋子', pageSize: 'A5' })).toEqual({ ok: true, filePath: '/home/worker/讲义.pdf' })
    expect(showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: '签到表-守护钱袋子.pdf' }))
    expect(event.sender.printToPDF).toHaveBeenCalledWith({ preferCSSPageSize: true, printBackground: true, pageSize: 'A5' })
    expect(writeFile).toHaveBeenCalledWith('/home/worker/讲义.pdf', expect.any(Buffer))
  })

  it('writes nothing when the save dialog is cancelled, and says so when writing fails', async () => {
    showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' })
    const event = senderEvent(trustedUrl)
    expect(await handlers.get(SAVE_PDF_CHANNEL)!(event, { fileName: 'a' })).toEqual({ ok: false, reason: 'cancelled' })
    expect(event.sender.printToPDF).not.toHaveBeenCalled()
    writeFile.mockRejectedValueOnce(Object.assign(new Error('disk full'), { code: 'ENOSPC' }))
    expect(await handlers.get(SAVE_PDF_CHANNEL)!(event, { fileName: 'a' })).toEqual({ ok: false, reason: 'failed' })
  })
})
