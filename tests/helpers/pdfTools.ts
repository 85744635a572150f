import { execFileSync } from 'node:child_process'

export interface PdfFont {
  name: string
  type: string
  embedded: boolean
}

export interface PdfFacts {
  file: string
  pages: number
  /** Width and height in points of the first page. */
  pageSize: [number, number]
  text: string
  fonts: PdfFont[]
}

/** What poppler's pdfinfo, pdftotext and pdffonts say about a PDF. */
export function pdfFacts(file: string): PdfFacts {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info)
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const fontLines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean)
  const fonts = fontLines.map((line) => {
    const [name, ...rest] = line.trim().split(/\s+/)
    const cols = rest.join(' ')
    return { name, type: /Type 3|TrueType|CID TrueType|Type 1C|CID Type 0C|Type 1/.exec(cols)?.[0] ?? cols, embedded: /\byes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/.test(line) }
  })
  return { file, pages, pageSize: [Number(size?.[1]), Number(size?.[2])], text, fonts }
}

/** Page sizes of every page, in points. */
export function pageSizes(file: string): [number, number][] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', file], { encoding: 'utf8' })
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((match) => [Number(match[1]), Number(match[2])])
}

/** Pages as PNGs at 60 dpi to look at: the first `firstPages` and the last (prefix-N.png). */
export function renderPages(file: string, pngPath: string, firstPages = 1, pageCount = firstPages): void {
  const prefix = pngPath.replace(/\.png$/, '')
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', String(Math.min(firstPages, pageCount)), file, prefix])
  if (pageCount > firstPages) execFileSync('pdftoppm', ['-r', '60', '-png', '-f', String(pageCount), '-l', String(pageCount), file, prefix])
}

/** Paper sizes in points, portrait. */
export const PAPER_PTS = { A4: [595.28, 841.89], A5: [419.53, 595.28] } as const

/**
 * Words printed closer than `marginPt` to any edge of their page (most printers cannot print the
 * outer 5 mm, about 14 pt), as "page N: word" for a readable failure.
 */
export function wordsOutsideMargins(file: string, marginPt: number): string[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const outside: string[] = []
  let pageNumber = 0
  let width = 0
  let height = 0
  for (const line of html.split('\n')) {
    const pageMatch = /<page width="([\d.]+)" height="([\d.]+)">/.exec(line)
    if (pageMatch) {
      pageNumber += 1
      width = Number(pageMatch[1])
      height = Number(pageMatch[2])
      continue
    }
    const word = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line)
    if (!word) continue
    const [xMin, yMin, xMax, yMax] = word.slice(1, 5).map(Number)
    if (xMin < marginPt || yMin < marginPt || xMax > width - marginPt || yMax > height - marginPt) outside.push(`page ${pageNumber}: ${word[5]}`)
  }
  return outside
}
