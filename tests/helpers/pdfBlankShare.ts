import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A grey level darker than this is ink; paper and the faint anti-aliasing around nothing stay above it. */
const INK_BELOW = 200
const DPI = 40

interface Gray {
  width: number
  height: number
  pixels: Buffer
}

/** Reads a binary PGM (P5, 8 bit) as pdftoppm -gray writes it. */
function readPgm(file: string): Gray {
  const data = readFileSync(file)
  const fields: string[] = []
  let at = 0
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(data[at]))) at++
    let field = ''
    while (!/\s/.test(String.fromCharCode(data[at]))) field += String.fromCharCode(data[at++])
    fields.push(field)
  }
  const [magic, width, height] = [fields[0], Number(fields[1]), Number(fields[2])]
  if (magic !== 'P5') throw new Error(`${file} is not a binary PGM`)
  return { width, height, pixels: data.subarray(at + 1) }
}

/**
 * For each page of a PDF, the share of its printable area (inside `marginMm` on every side) that is blank
 * below the lowest ink: 0 for a page filled to its bottom margin, 1 for an empty page. `footerMm` more at the
 * bottom is left out, for a running footer (page numbers) that is ink on every page.
 */
export function blankSharesFromBottom(pdf: string, marginMm: number, footerMm = 0): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'outreach-blank-'))
  try {
    execFileSync('pdftoppm', ['-gray', '-r', String(DPI), pdf, join(dir, 'page')])
    const pages = readdirSync(dir)
      .filter((name) => name.endsWith('.pgm'))
      .sort((a, b) => Number(/(\d+)\.pgm$/.exec(a)?.[1]) - Number(/(\d+)\.pgm$/.exec(b)?.[1]))
    return pages.map((name) => {
      const { width, height, pixels } = readPgm(join(dir, name))
      const margin = Math.round((marginMm / 25.4) * DPI)
      const top = margin
      const bottom = height - margin - Math.round((footerMm / 25.4) * DPI)
      let lowestInk = top - 1
      for (let y = bottom - 1; y >= top && lowestInk < top; y--) {
        for (let x = margin; x < width - margin; x++) {
          if (pixels[y * width + x] < INK_BELOW) {
            lowestInk = y
            break
          }
        }
      }
      return (bottom - 1 - lowestInk) / (bottom - top)
    })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
