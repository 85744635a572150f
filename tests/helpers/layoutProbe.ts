import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

export const VIEWPORTS = [
  { name: '1366x768', width: 1366, height: 768 },
  { name: '1280x720', width: 1280, height: 720 },
  // A 1366×768 laptop at Windows' 125% scaling.
  { name: '1093x614', width: 1093, height: 614 },
] as const

export interface LayoutFindings {
  overflowX: number
  cutText: string[]
  /** Short labels (≤ 6 Chinese characters, or one word) that the layout breaks over more than one line: "宣/讲", "覆盖人/数". */
  brokenLabels: string[]
}

/**
 * Measures, in the page, sideways scrolling of the whole page, text that a box with hidden overflow or an ellipsis
 * cuts, and short labels broken over lines (a table column squeezed until its header stands one character per line).
 */
export function measureLayout(page: Page): Promise<LayoutFindings> {
  return page.evaluate(() => {
    const root = document.documentElement
    const describe = (element: Element) => {
      const testId = element.closest('[data-testid]')?.getAttribute('data-testid')
      const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30)
      return `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? '.' + element.className.trim().split(/\s+/).join('.') : ''}${testId ? ` in [${testId}]` : ''}: "${text}"`
    }
    const cutText: string[] = []
    for (const element of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      const style = getComputedStyle(element)
      const clips = style.overflowX === 'hidden' || style.overflowX === 'clip' || style.textOverflow === 'ellipsis'
      if (!clips || style.display === 'none' || style.visibility === 'hidden') continue
      // Visually hidden labels for screen readers are 1 px boxes by design.
      if (element.clientWidth <= 2 || element.closest('[aria-hidden="true"]')) continue
      if (element.scrollWidth <= element.clientWidth + 1) continue
      const ownText = Array.from(element.childNodes).some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '')
      if (ownText) cutText.push(describe(element))
    }
    const brokenLabels: string[] = []
    const SHORT_CHINESE = /^(?=.*\p{Script=Han})[\p{Script=Han}\p{P}\p{S}\d]{1,7}$/u
    const ONE_WORD = /^[^\s\p{Script=Han}]{2,16}$/u
    const ONLY_MARKS = /^[\p{P}\p{S}]+$/u
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const raw = node.textContent ?? ''
      const text = raw.trim()
      const parent = node.parentElement
      // “到场 / 报名” counts as short too; it may break at its spaces, but never leave the “/” on a line alone.
      if (!parent || !(SHORT_CHINESE.test(text.replace(/\s+/g, '')) || ONE_WORD.test(text))) continue
      if (parent.closest('[aria-hidden="true"], [data-testid="slide-canvas"]')) continue
      if (getComputedStyle(parent).visibility === 'hidden' || parent.getClientRects().length === 0) continue
      // Which line each character is drawn on: a break between two characters with no space between them
      // splits a word (“宣/讲”, “覆盖人/数”), and a line of nothing but marks is a stray “/”.
      const lines = new Map<number, string>()
      let lastTop: number | null = null
      let splitsWord = false
      for (let index = 0; index < raw.length; index++) {
        if (/\s/.test(raw[index])) {
          lastTop = null
          continue
        }
        const range = document.createRange()
        range.setStart(node, index)
        range.setEnd(node, index + 1)
        const rect = Array.from(range.getClientRects()).find((box) => box.width > 0)
        if (!rect) continue
        const top = Math.round(rect.top / 3) * 3
        if (lastTop !== null && top !== lastTop) splitsWord = true
        lines.set(top, (lines.get(top) ?? '') + raw[index])
        lastTop = top
      }
      const strayMarks = lines.size > 1 && Array.from(lines.values()).some((line) => ONLY_MARKS.test(line))
      if (splitsWord || strayMarks) brokenLabels.push(`${describe(parent)} (${lines.size} lines)`)
    }
    return { overflowX: root.scrollWidth - root.clientWidth, cutText, brokenLabels }
  })
}

/** Whether the element's whole box is on screen without scrolling. */
export async function isInsideViewport(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const box = element.getBoundingClientRect()
      return box.width > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth
    })
}

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  targets: string[]
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** Runs axe-core in the page and returns its critical and serious findings. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated over the debugging protocol: the page's CSP (script-src 'self') would refuse an added script tag.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource)
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> }
      }
    ).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations
      .filter((violation) => violation.impact === 'critical' || violation.impact === 'serious')
      .map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')) }))
  })
}
