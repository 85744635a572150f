export const PAPER_SIZES = ['A4', 'A5'] as const
export type PaperSize = (typeof PAPER_SIZES)[number]
export type Orientation = 'portrait' | 'landscape'

const PORTRAIT_MM: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  A5: { width: 148, height: 210 },
}

/** Kept clear on every side: most office printers cannot print the outer 5 mm. */
export const PAGE_MARGIN_MM = 12

export interface PageBox {
  widthMm: number
  heightMm: number
  /** The printable area inside the margins. */
  contentWidthMm: number
  contentHeightMm: number
}

export function pageBox(paper: PaperSize, orientation: Orientation = 'portrait'): PageBox {
  const portrait = PORTRAIT_MM[paper]
  const [widthMm, heightMm] = orientation === 'portrait' ? [portrait.width, portrait.height] : [portrait.height, portrait.width]
  return { widthMm, heightMm, contentWidthMm: widthMm - 2 * PAGE_MARGIN_MM, contentHeightMm: heightMm - 2 * PAGE_MARGIN_MM }
}

/** The @page rule for the chosen paper: the page boxes carry their own margins, so the sheet's are zero. */
export function pageRule(paper: PaperSize, orientation: Orientation): string {
  return `@page { size: ${paper} ${orientation}; margin: 0; }`
}

export function isPaperSize(value: unknown): value is PaperSize {
  return typeof value === 'string' && (PAPER_SIZES as readonly string[]).includes(value)
}

export const MM_TO_PX = 96 / 25.4
