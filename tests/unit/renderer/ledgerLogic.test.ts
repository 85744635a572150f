import { describe, expect, it } from 'vitest'
import { formatRate, isValidRange, monthRange, previousMonth, rangeMonth } from '../../../src-renderer/logic/ledger/ledgerRange'
import { parsePlaces, placesToText } from '../../../src-renderer/logic/ledger/gridPlacesText'
import { chunk, ledgerRowLines, LEDGER_ROWS, splitLedgerRows } from '../../../src-renderer/logic/ledger/ledgerPages'

describe('ledger ranges', () => {
  it('gives whole months, leap years and the month before January', () => {
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' })
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' })
    expect(previousMonth('2026-01')).toBe('2025-12')
  })

  it('knows when a range is exactly one month, and refuses reversed or empty ranges', () => {
    expect(rangeMonth({ from: '2026-11-01', to: '2026-11-30' })).toBe('2026-11')
    expect(rangeMonth({ from: '2026-11-01', to: '2026-11-29' })).toBe('')
    expect(isValidRange({ from: '2026-11-02', to: '2026-11-01' })).toBe(false)
    expect(isValidRange({ from: '', to: '2026-11-01' })).toBe(false)
  })

  it('shows rates as percentages, small ones with a decimal, and a dash for none', () => {
    expect(formatRate(0.5)).toBe('50%')
    expect(formatRate(0.035)).toBe('3.5%')
    expect(formatRate(0)).toBe('0%')
    expect(formatRate(null)).toBe('—')
  })
})

describe('grid places typed as text', () => {
  it('reads one place a line, with 商: or shop: marking a shop street', () => {
    expect(parsePlaces('1号楼\n 2号楼 \n商：幸福商业街\nshop: Market Road\n\n')).toEqual([
      { name: '1号楼', kind: 'building' },
      { name: '2号楼', kind: 'building' },
      { name: '幸福商业街', kind: 'shop_street' },
      { name: 'Market Road', kind: 'shop_street' },
    ])
    expect(parsePlaces(placesToText(parsePlaces('3号楼、商:老街'), '商'))).toEqual([
      { name: '3号楼', kind: 'building' },
      { name: '老街', kind: 'shop_street' },
    ])
  })
})

describe('printed ledger pages', () => {
  it('puts fewer rows on the first page (it has the title) and never loses or repeats a row', () => {
    const rows = Array.from({ length: 50 }, (_, i) => i)
    const pages = splitLedgerRows(rows, 'A4')
    expect(pages[0]).toHaveLength(LEDGER_ROWS.A4.first)
    expect(pages.flat()).toEqual(rows)
    expect(splitLedgerRows([], 'A4')).toEqual([[]])
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]])
  })

  it('counts a row whose long name wraps as several lines, so a page of wrapped rows still fits', () => {
    const short = { title: '讲座', place: '礼堂', gridName: null, presenters: '王警官' }
    const long = { title: '守护钱袋子·防范电信网络诈骗进社区宣讲活动', place: '幸福社区党群服务中心三楼多功能活动室', gridName: '幸福里网格', presenters: '王警官、李网格员' }
    expect(ledgerRowLines(short)).toBe(1)
    expect(ledgerRowLines(long)).toBeGreaterThanOrEqual(3)
    const rows = Array.from({ length: 30 }, () => long)
    const pages = splitLedgerRows(rows, 'A4', ledgerRowLines)
    expect(pages[0].length * ledgerRowLines(long)).toBeLessThanOrEqual(LEDGER_ROWS.A4.first)
    expect(pages.flat()).toHaveLength(30)
  })
})
