import { describe, expect, it } from 'vitest'
import { maskPhone, normalizeChinaMobile } from '../../../src-main/contract/phone'

describe('normalizeChinaMobile', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['138 0013 8000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['+86-19912345678', '19912345678'],
    ['0086 13800138000', '13800138000'],
    ['8613800138000', '13800138000'],
    ['（138）00138000', '13800138000'],
    ['１３８００１３８０００', '13800138000'],
  ])('accepts %s as %s', (raw, expected) => {
    expect(normalizeChinaMobile(raw)).toBe(expected)
  })

  it.each(['', '12800138000', '10800138000', '1380013800', '138001380000', '23800138000', 'abcdefghijk', '+1 138 0013 8000', '010-12345678'])('refuses %s', (raw) => {
    expect(normalizeChinaMobile(raw)).toBeNull()
  })
})

describe('maskPhone', () => {
  it('keeps the first three and last four digits', () => {
    expect(maskPhone('13812341234')).toBe('138****1234')
    expect(maskPhone(null)).toBe('')
  })
})
