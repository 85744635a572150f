import type { Slide } from '@contract/deckFormat'
import { pageBox, type PaperSize } from './paper'

export interface NotesPage {
  slide: Slide
  slideNumber: number
  /** False for the pages a long note carries on to: those have no slide, only text. */
  withSlide: boolean
  text: string
}

/** Running header and footer with their rules and gaps. */
const RUNNING_MM = 20
const LABEL_MM = 9
const GAP_MM = 5
/** Kept free at the bottom so a rounding difference between screen and printer cannot clip a line. */
const SAFETY_MM = 4

export function notesGeometry(paper: PaperSize) {
  const box = pageBox(paper)
  const bodyMm = box.contentHeightMm - RUNNING_MM
  const slideHeightMm = (box.contentWidthMm * 9) / 16
  return {
    contentWidthMm: box.contentWidthMm,
    slideHeightMm,
    firstNotesMm: bodyMm - slideHeightMm - GAP_MM - LABEL_MM - SAFETY_MM,
    moreNotesMm: bodyMm - LABEL_MM - SAFETY_MM,
  }
}
