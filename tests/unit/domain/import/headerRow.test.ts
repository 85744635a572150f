import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { parseRoster } from '../../../../src-main/domain/import/parseRoster'
import { findHeaderRow } from '../../../../src-main/domain/import/headerRow'
import { readTable } from '../../../../src-main/domain/import/readTable'
import { phoneCellText } from '../../../../src-main/domain/import/cellValues'

const TITLE = '幸福里社区“守护钱袋子”反诈宣讲签到表'
const SUBTITLE = '时间：2026年10月5日 14:30    地点：和平里礼堂'

/** A sign-in sheet as Excel or WPS saves it: a merged title row and subtitle row above the header, and a 序号 column. */
async function signInSheetXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('签到表')
  sheet.addRow([TITLE])
  sheet.addRow([SUBTITLE])
  sheet.addRow(['序号', '姓名', '联系电话', '年龄', '小区', '签名'])
  sheet.addRow([1, '张秀英', 13812345678, 72, '幸福里', ''])
  sheet.addRow([2, '王建国', '0471-6281234', 68, '幸福里', ''])
  sheet.mergeCells('A1:F1')
  sheet.mergeCells('A2:F2')
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

describe('findHeaderRow', () => {
  it('takes the row that matches the most known headers, not the title above it', () => {
    const table = [
      [TITLE, TITLE, TITLE, TITLE],
      [SUBTITLE, SUBTITLE, SUBTITLE, SUBTITLE],
      ['序号', '姓名', '手机号', '小区'],
      ['1', '张三', '13800138000', '幸福里'],
    ]
    expect(findHeaderRow(table)).toBe(2)
  })

  it('falls back to the first non-blank row when no row looks like a header', () => {
    expect(findHeaderRow([[], ['A', 'B'], ['张三', '13800138000']])).toBe(1)
  })

  it('prefers the earlier row on a tie, so a data row that repeats a header word does not win', () => {
    expect(
      findHeaderRow([
        ['姓名', '小区'],
        ['姓名', '小区'],
      ]),
    ).toBe(0)
  })
})

describe('parseRoster with a title above the header', () => {
  it('reads an Excel sign-in sheet with merged title rows: header on row 3, 序号 ignored, rows numbered as Excel numbers them', async () => {
    const roster = parseRoster(await readTable('签到表.xlsx', await signInSheetXlsx()))
    expect(roster.headerRow).toBe(3)
    expect(roster.columns).toEqual(['序号', '姓名', '联系电话', '年龄', '小区', '签名'])
    expect(roster.suggestedMapping).toEqual({ name: 1, phone: 2, ageGroup: 3, neighbourhood: 4 })
    expect(roster.rows.map((row) => row.rowNumber)).toEqual([4, 5])
    expect(roster.rows[0]).toMatchObject({ fields: { name: '张秀英', phone: '13812345678', ageGroup: '60plus', neighbourhood: '幸福里' }, errors: {} })
    expect(roster.rows[1]).toMatchObject({ fields: { name: '王建国', phone: null }, landline: '0471-6281234', errors: {} })
  })

  it('reads the same sheet saved as CSV, where the title fills only the first cell', () => {
    const table = [
      [TITLE, '', '', '', ''],
      [SUBTITLE, '', '', '', ''],
      ['', '', '', '', ''],
      ['序号', '姓名', '手机号', '年龄', '小区'],
      ['1', '张秀英', '1.3812345678E10', '72', '幸福里'],
    ]
    const roster = parseRoster(table)
    expect(roster.headerRow).toBe(4)
    expect(roster.rows).toHaveLength(1)
    expect(roster.rows[0]).toMatchObject({ rowNumber: 5, fields: { name: '张秀英', phone: '13812345678' }, errors: {} })
  })

  it('takes the header row the worker chose, and offers the first rows to choose from', () => {
    const table = [[TITLE], ['序号', '姓名', '手机号'], ['1', '张三', '13800138000']]
    const chosen = parseRoster(table, undefined, 1)
    expect(chosen.headerRow).toBe(1)
    expect(chosen.suggestedHeaderRow).toBe(2)
    expect(chosen.columns).toEqual([TITLE, '#2', '#3'])
    expect(chosen.rows.map((row) => row.rowNumber)).toEqual([2, 3])
    expect(chosen.headerChoices.map((choice) => choice.rowNumber)).toEqual([1, 2, 3])
    expect(chosen.headerChoices[1].text).toBe('序号 · 姓名 · 手机号')
  })
})

describe('phones a spreadsheet stored as numbers', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['1.3812345678E10', '13812345678'],
    ['1.3812345678e+10', '13812345678'],
    ['13812345678.0', '13812345678'],
    ['138 1234 5678', '138 1234 5678'],
    ['1.38E10', '1.38E10'],
  ])('%s reads as %s', (raw, expected) => {
    expect(phoneCellText(raw)).toBe(expected)
  })

  it('keeps a person whose phone cannot be read, with the phone as a warning rather than an error', () => {
    const roster = parseRoster([
      ['姓名', '电话'],
      ['李桂兰', '12345'],
      ['刘德明', '6281234'],
    ])
    expect(roster.rows[0]).toMatchObject({ fields: { name: '李桂兰', phone: null }, landline: null, errors: {}, warnings: { phone: 'import_phone_unreadable' } })
    expect(roster.rows[1]).toMatchObject({ fields: { name: '刘德明', phone: null }, landline: '6281234', errors: {}, warnings: {} })
  })

  it('reads a 固定电话 column as landlines', () => {
    const roster = parseRoster([
      ['姓名', '手机号', '固定电话'],
      ['赵玉梅', '13812345678', '0471 6281234'],
    ])
    expect(roster.suggestedMapping).toEqual({ name: 0, phone: 1, landline: 2 })
    expect(roster.rows[0]).toMatchObject({ fields: { phone: '13812345678' }, landline: '0471-6281234' })
  })
})
