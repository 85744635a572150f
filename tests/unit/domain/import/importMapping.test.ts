import { describe, expect, it } from 'vitest'
import { normalizeHeader, suggestMapping } from '../../../../src-main/contract/importFields'
import { ageGroupForAge, parseAgeGroup, parseConsent, parseGender } from '../../../../src-main/domain/import/cellValues'

describe('suggestMapping', () => {
  it('recognises the Chinese headers community rosters use', () => {
    expect(suggestMapping(['序号', '姓名', '手机号', '年龄段', '小区', '性别', '是否同意'])).toEqual({ name: 1, phone: 2, ageGroup: 3, neighbourhood: 4, gender: 5, consent: 6 })
  })

  it.each([
    ['名字', 'name'],
    ['手机', 'phone'],
    ['手机号码', 'phone'],
    ['电话', 'phone'],
    ['联系电话', 'phone'],
    ['年龄', 'ageGroup'],
    ['社区', 'neighbourhood'],
    ['住址', 'neighbourhood'],
    ['Name', 'name'],
    ['Phone Number', 'phone'],
    ['MOBILE', 'phone'],
    ['Tel.', 'phone'],
    ['Age group', 'ageGroup'],
    ['age_group', 'ageGroup'],
    ['Neighborhood', 'neighbourhood'],
    ['Community', 'neighbourhood'],
    ['Address', 'neighbourhood'],
    ['Gender', 'gender'],
    ['Consent', 'consent'],
    [' 姓 名 ', 'name'],
    ['姓名*', 'name'],
    ['手机号（必填）', 'phone'],
  ])('%s → %s', (header, field) => {
    expect(suggestMapping(['x', header])).toEqual({ [field]: 1 })
  })

  it('keeps the first column when two name the same field, and ignores unknown headers', () => {
    expect(suggestMapping(['电话', '备注', '手机号', ''])).toEqual({ phone: 0 })
  })

  it('normalises full-width letters, case and punctuation', () => {
    expect(normalizeHeader('ＰＨＯＮＥ')).toBe('phone')
    expect(normalizeHeader('手机号（必填）')).toBe('手机号')
  })
})

describe('parseAgeGroup', () => {
  it('maps ages to groups at the edges', () => {
    expect([17, 18, 35, 36, 59, 60].map(ageGroupForAge)).toEqual(['under18', '18-35', '18-35', '36-59', '36-59', '60plus'])
  })

  it.each([
    ['72', '60plus'],
    ['72岁', '60plus'],
    ['８０', '60plus'],
    ['17', 'under18'],
    ['60岁以上', '60plus'],
    ['60岁及以上', '60plus'],
    ['60+', '60plus'],
    ['老年', '60plus'],
    ['18-35', '18-35'],
    ['18～35岁', '18-35'],
    ['18—35岁', '18-35'],
    ['36-59', '36-59'],
    ['18岁以下', 'under18'],
    ['under 18', 'under18'],
    ['60plus', '60plus'],
  ])('%s → %s', (raw, group) => {
    expect(parseAgeGroup(raw)).toBe(group)
  })

  it('empty is unknown (null); nonsense is undefined', () => {
    expect(parseAgeGroup('  ')).toBeNull()
    expect(parseAgeGroup('七十多')).toBeUndefined()
    expect(parseAgeGroup('1955')).toBeUndefined()
    expect(parseAgeGroup('200')).toBeUndefined()
  })
})

describe('parseGender and parseConsent', () => {
  it('reads 男/女 and English words', () => {
    expect(['男', '女', 'Male', 'F', '男性', ''].map(parseGender)).toEqual(['male', 'female', 'male', 'female', 'male', null])
    expect(parseGender('未知')).toBeUndefined()
  })

  it('reads yes/no in Chinese, English and ticks; empty means no', () => {
    expect(['是', '同意', 'Yes', 'Y', '√', '1'].map(parseConsent)).toEqual([true, true, true, true, true, true])
    expect(['否', '不同意', 'no', '', '0', '×'].map(parseConsent)).toEqual([false, false, false, false, false, false])
    expect(parseConsent('可能')).toBeUndefined()
  })
})
