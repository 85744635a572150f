import '../styles/bundledFont'
import { ref } from 'vue'
import type { PaperSize } from '../logic/print/paper'

export type PrintMessage = 'saved' | 'cancelled' | 'failed' | 'browserPdfHint' | null

const FAMILY = '"Noto Sans SC"'

/**
 * Loads the bundled font's subsets for every character on the pages, in both weights: fonts load by
 * unicode-range on demand, and a glyph still loading when the PDF is made would come from a system font.
 */
export async function loadFontsFor(root: HTMLElement | null): Promise<void> {
  const text = root?.innerText ?? ''
  await Promise.all([document.fonts.load(`16px ${FAMILY}`, text), document.fonts.load(`bold 16px ${FAMILY}`, text)])
  await document.fonts.ready
}

/** Print and Save as PDF: through Electron's dialogs when the app runs there, else the browser's own print. */
export function usePrintActions(pagesRoot: () => HTMLElement | null) {
  const working = ref(false)
  const message = ref<PrintMessage>(null)
  const savedPath = ref('')
  const inElectron = typeof window.outreach?.print === 'function'

  async function print(copies: number): Promise<void> {
    working.value = true
    message.value = null
    try {
      await loadFontsFor(pagesRoot())
      if (window.outreach?.print) {
        const outcome = await window.outreach.print({ copies })
        if (!outcome.ok && outcome.reason !== 'cancelled') message.value = 'failed'
      } else {
        window.print()
      }
    } finally {
      working.value = false
    }
  }

  async function savePdf(fileName: string, pageSize: PaperSize): Promise<void> {
    message.value = null
    if (!window.outreach?.savePdf) {
      message.value = 'browserPdfHint'
      await print(1)
      message.value = 'browserPdfHint'
      return
    }
    working.value = true
    try {
      await loadFontsFor(pagesRoot())
      const outcome = await window.outreach.savePdf({ fileName, pageSize })
      if (outcome.ok) {
        savedPath.value = outcome.filePath
        message.value = 'saved'
      } else {
        message.value = outcome.reason === 'cancelled' ? 'cancelled' : 'failed'
      }
    } finally {
      working.value = false
    }
  }

  return { working, message, savedPath, inElectron, print, savePdf }
}
