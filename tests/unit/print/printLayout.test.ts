import { describe, expect, it } from 'vitest'
import { pageBox, pageRule } from '../../../src-renderer/logic/print/paper'
import { balancedChunks, chunk, slideLayout } from '../../../src-renderer/logic/print/slideLayouts'
import { MIN_ROW_MM, rowHeightMm, rowsPerPage, signInPages, twinTails } from '../../../src-renderer/logic/print/signInRows'
import { splitTextToFit } from '../../../src-renderer/logic/print/splitText'
import { packBlocks } from '../../../src-renderer/logic/print/packBlocks'
import { attendanceByAge } from '../../../src-renderer/logic/print/attendanceByAge'
import { pdfFileName } from '../../../src-renderer/logic/print/pdfFileName'
import { savePdfRequestSchema } from '../../../src-main/electron/printIpc'

describe('paper', () => {
  it('knows A4 and A5 in both orientations, with the printable area inside the margins', () => {
    expect(pageBox('A4')).toMatchObject({ widthMm: 210, heightMm: 297, contentWidthMm: 186 })
    expect(pageBox('A5', 'landscape')).toMatchObject({ widthMm: 210, heightMm: 148 })
    expect(pageRule('A5', 'portrait')).toBe('@page { size: A5 portrait; margin: 0; }')
  })
})

describe('slide handout layouts', () => {
  it('puts one slide on a landscape sheet and gives three-a-page note lines', () => {
    expect(slideLayout(1)).toMatchObject({ orientation: 'landscape', columns: 1, rows: 1, noteLines: false })
    expect(slideLayout(3)).toMatchObject({ orientation: 'portrait', rows: 3, noteLines: true })
    expect(slideLayout(6)).toMatchObject({ columns: 2, rows: 3 })
    expect(chunk([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([[1, 2, 3], [4, 5, 6], [7]])
    // The same number of pages, spread evenly: no last page with one slide under two empty slots.
    expect(balancedChunks([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([
      [1, 2, 3],
      [4, 5],
      [6, 7],
    ])
    expect(
      balancedChunks(
        Array.from({ length: 10 }, (_, index) => index),
        3,
      ).map((page) => page.length),
    ).toEqual([3, 3, 2, 2])
    expect(
      balancedChunks(
        Array.from({ length: 12 }, (_, index) => index),
        6,
      ).map((page) => page.length),
    ).toEqual([6, 6])
    expect(balancedChunks([], 4)).toEqual([])
  })
})

describe('sign-in sheet rows', () => {
  it('keeps rows tall enough to sign on both papers', () => {
    for (const paper of ['A4', 'A5'] as const) {
      expect(rowHeightMm(paper)).toBeGreaterThanOrEqual(MIN_ROW_MM)
      expect(rowsPerPage(paper)).toBeGreaterThan(5)
    }
  })

  it('numbers people first, fills the last page with blank rows and honours a minimum page count', () => {
    const pages = signInPages(['甲', '乙', '丙'], 2)
    expect(pages.map((page) => page.map((row) => [row.number, row.person]))).toEqual([
      [
        [1, '甲'],
        [2, '乙'],
      ],
      [
        [3, '丙'],
        [4, null],
      ],
    ])
    expect(signInPages([], 18, 3)).toHaveLength(3)
    expect(
      signInPages(
        Array.from({ length: 1800 }, (_, i) => i),
        18,
      ),
    ).toHaveLength(100)
  })
})

describe('splitting long notes', () => {
  const fitsChars = (limits: number[]) => (text: string, piece: number) => text.length <= limits[Math.min(piece, limits.length - 1)]

  it('keeps every character, in order, across as many pieces as needed', () => {
    const text = '一二三四五六七八九十。'.repeat(30)
    const pieces = splitTextToFit(text, fitsChars([40, 100]))
    expect(pieces.join('')).toBe(text)
    expect(pieces[0].length).toBeLessThanOrEqual(40)
    pieces.slice(1).forEach((piece) => expect(piece.length).toBeLessThanOrEqual(100))
    expect(pieces.length).toBe(1 + Math.ceil((text.length - pieces[0].length) / 100))
  })

  it('breaks after punctuation or a space when one is near', () => {
    const pieces = splitTextToFit('Call 96110 first. Then call 110 to report it.', fitsChars([20]))
    expect(pieces[0]).toBe('Call 96110 first.')
    expect(pieces.join(' ')).toBe('Call 96110 first. Then call 110 to report it.')
  })

  it('returns short text whole and never loops on text that fits nowhere', () => {
    expect(splitTextToFit('短', () => true)).toEqual(['短'])
    expect(splitTextToFit('abc', () => false)).toEqual(['a', 'b', 'c'])
  })
})

describe('packing blocks onto pages', () => {
  it('fills pages in order and gives an oversized block a page of its own', () => {
    expect(packBlocks([40, 40, 40, 150, 10], 100, 100, 5)).toEqual([[0, 1], [2], [3], [4]])
    expect(packBlocks([30, 30, 30], 50, 100, 0)).toEqual([[0], [1, 2]])
  })
})

describe('attendance by age group', () => {
  it('counts sign-ups and check-ins per group, lists every group and adds "not given" only when needed', () => {
    const result = attendanceByAge([
      { ageGroup: '60plus', checkedInAt: '2026-12-01T06:00:00Z' },
      { ageGroup: '60plus', checkedInAt: null },
      { ageGroup: '18-35', checkedInAt: '2026-12-01T06:01:00Z' },
    ])
    expect(result.rows.map((row) => [row.ageGroup, row.registered, row.present])).toEqual([
      ['under18', 0, 0],
      ['18-35', 1, 1],
      ['36-59', 0, 0],
      ['60plus', 2, 1],
    ])
    expect(result.total).toMatchObject({ registered: 3, present: 2 })
    expect(attendanceByAge([{ ageGroup: null, checkedInAt: null }]).rows.at(-1)).toMatchObject({ ageGroup: null, registered: 1 })
  })
})

describe('PDF file names', () => {
  it('turns any title into a name the save dialog and the print IPC accept', () => {
    expect(pdfFileName('签到表', '2026年12月1日', '守护钱袋子/防诈: "讲座"')).toBe('签到表-2026年12月1日-守护钱袋子-防诈- -讲座-')
    expect(pdfFileName('', '  ')).toBe('outreach')
    expect(pdfFileName('长'.repeat(300))).toHaveLength(100)
    for (const name of [pdfFileName('a\\b', 'c?d'), pdfFileName('x'.repeat(500)), pdfFileName('讲义')]) {
      expect(savePdfRequestSchema.safeParse({ fileName: name }).success).toBe(true)
    }
  })
})

describe('sign-in sheet names', () => {
  it('gives the phone tail only to names two people share', () => {
    const people = [
      { name: '张三', phoneTail: '1111' },
      { name: '李四', phoneTail: '3333' },
      { name: '张三', phoneTail: '2222' },
      { name: '张三', phoneTail: '' },
    ]
    expect(twinTails(people)).toEqual(['1111', '', '2222', ''])
  })
})
