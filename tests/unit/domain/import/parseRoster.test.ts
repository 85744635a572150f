import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { findRepeatsInFile, parseRoster } from '../../../../src-main/domain/import/parseRoster'
import { decodeCsvBytes } from '../../../../src-main/domain/import/decodeText'
import { readTable, tableFormat, UnreadableTableError } from '../../../../src-main/domain/import/readTable'

const header = ['姓名', '手机号', '年龄', '小区', '性别']

describe('parseRoster', () => {
  it('reads each row with its spreadsheet row number, skipping blank rows', () => {
    const roster = parseRoster([[], header, ['张三', '138 0013 8000', '72', '幸福里', '男'], ['', '', '', '', ''], ['李四', '', '', '', '']])
    expect(roster.columns).toEqual(header)
    expect(roster.rows.map((row) => row.rowNumber)).toEqual([3, 5])
    expect(roster.rows[0]).toMatchObject({
      fields: { name: '张三', phone: '13800138000', ageGroup: '60plus', neighbourhood: '幸福里', gender: 'male' },
      consent: undefined,
      errors: {},
    })
    expect(roster.rows[1].fields).toEqual({ name: '李四', phone: null, ageGroup: null, neighbourhood: '', gender: null })
  })

  it('reports each problem against its field, as a message key', () => {
    const roster = parseRoster([header, ['', '12345', '七十多', '幸福里', '不详'], ['Robert; DROP TABLE', '13800138000', '', '', '']])
    // A phone that cannot be read no longer stops the row (issue 10 point 7): it is a warning, and the person is kept.
    expect(roster.rows[0].errors).toEqual({ name: 'required', ageGroup: 'import_age_unknown', gender: 'import_gender_unknown' })
    expect(roster.rows[0].warnings).toEqual({ phone: 'import_phone_unreadable' })
    expect(roster.rows[1].errors).toEqual({ name: 'name_invalid' })
  })

  it('uses a mapping the worker chose instead of the suggestion', () => {
    const roster = parseRoster(
      [
        ['A', 'B'],
        ['13800138000', '王五'],
      ],
      { name: 1, phone: 0 },
    )
    expect(roster.suggestedMapping).toEqual({})
    expect(roster.rows[0].fields).toMatchObject({ name: '王五', phone: '13800138000' })
  })

  it('reads a consent column when there is one, and flags unclear answers', () => {
    const roster = parseRoster([
      ['姓名', '同意'],
      ['张三', '是'],
      ['李四', ''],
      ['王五', '也许'],
    ])
    expect(roster.rows.map((row) => row.consent)).toEqual([true, false, undefined])
    expect(roster.rows[2].errors).toEqual({ consent: 'import_consent_unknown' })
  })

  it('names blank header cells so the mapping form can offer them', () => {
    expect(
      parseRoster([
        ['姓名', ''],
        ['张三', 'x'],
      ]).columns,
    ).toEqual(['姓名', '#2'])
  })

  it('finds people repeated in the file by phone, or by name in the same neighbourhood', () => {
    const roster = parseRoster([
      header,
      ['张三', '13800138000', '', '幸福里', ''],
      ['张三丰', '138-0013-8000', '', '', ''],
      ['李四', '', '', '幸福里', ''],
      ['李四', '', '', '和平里', ''],
      ['李四', '', '', '幸福里', ''],
      ['', '13800138000', '', '', ''],
    ])
    expect(Object.fromEntries(findRepeatsInFile(roster.rows))).toEqual({ 3: 2, 6: 4 })
  })
})

describe('reading files', () => {
  it('reads UTF-8 with and without a BOM, and GBK as Excel on Chinese Windows saves it', () => {
    const text = '姓名,手机号\r\n张三,13800138000\r\n'
    expect(decodeCsvBytes(Buffer.from(text, 'utf8'))).toBe(text)
    expect(decodeCsvBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]))).toBe(text)
    const gbk = Buffer.from([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xca, 0xd6, 0xbb, 0xfa, 0xba, 0xc5, 0x0d, 0x0a, 0xd5, 0xc5, 0xc8, 0xfd]) // 姓名,手机号\r\n张三
    expect(decodeCsvBytes(gbk)).toBe('姓名,手机号\r\n张三')
  })

  it('reads the first sheet of an XLSX, with numbers stored as numbers', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('名单')
    sheet.addRow(['姓名', '手机号', '年龄'])
    sheet.addRow(['张三', 13800138000, 72])
    sheet.addRow([{ richText: [{ text: '李' }, { text: '四' }] }, null, '60岁以上'])
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
    const roster = parseRoster(await readTable('名单.xlsx', bytes))
    expect(roster.rows.map((row) => row.fields)).toEqual([
      { name: '张三', phone: '13800138000', ageGroup: '60plus', neighbourhood: '', gender: null },
      { name: '李四', phone: null, ageGroup: '60plus', neighbourhood: '', gender: null },
    ])
  })

  it('refuses old .xls and other formats, and says an .xlsx that is not a zip is unreadable', async () => {
    expect(() => tableFormat('old.xls', new Uint8Array([0xd0, 0xcf, 0x11]))).toThrow(UnreadableTableError)
    expect(() => tableFormat('photo.jpg', new Uint8Array([0xff, 0xd8]))).toThrow(UnreadableTableError)
    expect(tableFormat('名单.CSV', new Uint8Array([0x41]))).toBe('csv')
    await expect(readTable('broken.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]))).rejects.toThrow(UnreadableTableError)
  })
})
