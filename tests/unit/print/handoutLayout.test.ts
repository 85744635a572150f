import { describe, expect, it } from 'vitest'
import { handoutFontSizes, handoutTries, isBalanced, MIN_BODY_PT, packHandout, pageFills } from '../../../src-renderer/logic/print/handoutLayout'

const measured = (blocks: number[], title = 0, gap = 0) => ({ title, blocks, gaps: blocks.map(() => gap) })

describe('packing the tip handout', () => {
  it('spreads blocks evenly over the pages it needs instead of leaving a few on the last', () => {
    // 23 blocks of 10 on pages of 100: greedy would fill two pages and leave 30 on the third.
    const blocks = Array.from({ length: 23 }, () => 10)
    const pages = packHandout(measured(blocks), 1, 100, 0)
    expect(pages).toHaveLength(3)
    expect(pages.map((page) => page[0].length)).toEqual([8, 8, 7])
    expect(isBalanced(pageFills(measured(blocks), pages, 100, 0))).toBe(true)
  })

  it('puts the title on top of the first page and fills two columns a page in reading order', () => {
    const pages = packHandout(measured([40, 40, 40, 40, 40], 30, 5), 2, 100, 10)
    expect(pages).toEqual([
      [[0], [1]],
      [[2, 3], [4]],
    ])
  })

  it('gives a block taller than a page a column of its own, never an endless loop', () => {
    expect(packHandout(measured([30, 150, 30]), 1, 100, 0)).toEqual([[[0]], [[1]], [[2]]])
  })

  it('leaves room where a box drawn in pieces closes at the top or bottom of a column', () => {
    const blocks = { ...measured([50, 40, 40]), closeBottom: [0, 15, 0], closeTop: [0, 0, 15] }
    // 50 + 40 fits 100, but not with the 15 the second piece needs to close the box at the page's foot.
    expect(packHandout(blocks, 1, 100, 0)[0][0]).toEqual([0])
  })

  it('calls a layout unbalanced when a page but an only one is less than half full', () => {
    expect(isBalanced([0.2])).toBe(true)
    expect(isBalanced([0.9, 0.6])).toBe(true)
    expect(isBalanced([0.9, 0.3])).toBe(false)
  })
})

describe('what the handout tries', () => {
  it('keeps a fixed size, growing it by at most 3 pt to fill the last page, and falls back to the size asked', () => {
    const tries = handoutTries('extraLarge')
    expect(tries.map((attempt) => attempt.bodyPt)).toEqual([18, 19, 20, 21, 18])
    expect(tries.every((attempt) => attempt.columns === 1)).toBe(true)
    expect(tries.at(-1)?.balanced).toBe(false)
  })

  it('on one sheet tries one side before both, the largest size first, and never below 14 pt', () => {
    const tries = handoutTries('oneSheet')
    expect(tries[0]).toMatchObject({ maxPages: 1, columns: 1 })
    expect(Math.min(...tries.map((attempt) => attempt.bodyPt))).toBe(MIN_BODY_PT)
    const firstTwoSided = tries.findIndex((attempt) => attempt.maxPages === 2)
    expect(tries.slice(0, firstTwoSided).every((attempt) => attempt.maxPages === 1)).toBe(true)
    for (let index = 1; index < firstTwoSided; index++) expect(tries[index].bodyPt).toBeLessThanOrEqual(tries[index - 1].bodyPt)
    expect(tries.every((attempt) => attempt.maxPages <= 2)).toBe(true)
  })

  it('sizes headings and the title with the body text', () => {
    expect(handoutFontSizes(14)).toEqual({ '--body-size': '14pt', '--heading-size': '17pt', '--title-size': '24pt' })
  })
})
