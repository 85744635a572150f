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
}

/** Measures, in the page, sideways scrolling of the whole page and text that a box with hidden overflow or an ellipsis cuts. */
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
    return { overflowX: root.scrollWidth - root.clientWidth, cutText }
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
