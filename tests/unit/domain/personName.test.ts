import { describe, expect, it } from 'vitest'
import { isValidPersonName, normalizePersonName } from '../../../src-main/contract/personName'
import { nameSearchKeys } from '../../../src-main/domain/nameSearchKeys'

describe('person names', () => {
  it('normalises spaces and every kind of middle dot', () => {
    expect(normalizePersonName('  阿依古丽 • 买买提 ')).toBe('阿依古丽·买买提')
    expect(normalizePersonName('阿依古丽．买买提')).toBe('阿依古丽·买买提')
    expect(normalizePersonName('Li   Na')).toBe('Li Na')
  })

  it.each(['张三', '阿依古丽·买买提', 'Li Na', "O'Brien", 'Jean-Luc', '欧阳娜娜'])('accepts %s', (name) => {
    expect(isValidPersonName(normalizePersonName(name))).toBe(true)
  })

  it.each(['', '···', '张三123', 'Robert; DROP TABLE', '<script>', '😀', 'x'.repeat(41)])('refuses %s', (name) => {
    expect(isValidPersonName(normalizePersonName(name))).toBe(false)
  })
})

describe('nameSearchKeys', () => {
  it('gives pinyin initials and whole pinyin', () => {
    expect(nameSearchKeys('张三')).toEqual({ initials: 'zs', pinyin: 'zhangsan' })
    expect(nameSearchKeys('阿依古丽·买买提')).toMatchObject({ initials: 'aygl' + 'mmt' })
    expect(nameSearchKeys('Li Na')).toEqual({ initials: 'ln', pinyin: 'lina' })
    expect(nameSearchKeys('吕布').pinyin).toBe('lvbu')
  })
})
