import { describe, expect, it } from 'vitest'
import { maskLandline, maskPhone, normalizeChinaLandline, normalizeChinaMobile, readPhoneNumber } from '../../../src-main/contract/phone'

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

describe('normalizeChinaLandline', () => {
  it.each([
    ['0471-6281234', '0471-6281234'],
    ['0471 6281234', '0471-6281234'],
    ['(0471)6281234', '0471-6281234'],
    ['（0471）6281234', '0471-6281234'],
    ['04716281234', '0471-6281234'],
    ['010-62812345', '010-62812345'],
    ['021 6281 2345', '021-62812345'],
    ['0755-86281234', '0755-86281234'],
    ['6281234', '6281234'],
    ['62812345', '62812345'],
    ['628-1234', '6281234'],
    ['０４７１－６２８１２３４', '0471-6281234'],
  ])('accepts %s as %s', (raw, expected) => {
    expect(normalizeChinaLandline(raw)).toBe(expected)
  })

  it.each(['', '12345', '13800138000', '0471-0281234', '1281234', '0471-628123', '0471-628123456', 'abc1234', '628123'])('refuses %s', (raw) => {
    expect(normalizeChinaLandline(raw)).toBeNull()
  })
})

describe('readPhoneNumber', () => {
  it('tells a mobile from a landline, and gives up on anything else', () => {
    expect(readPhoneNumber('138 1234 5678')).toEqual({ kind: 'mobile', number: '13812345678' })
    expect(readPhoneNumber('0471-6281234')).toEqual({ kind: 'landline', number: '0471-6281234' })
    expect(readPhoneNumber('6281234')).toEqual({ kind: 'landline', number: '6281234' })
    expect(readPhoneNumber('12345')).toBeNull()
    expect(readPhoneNumber('')).toBeNull()
  })
})

describe('maskLandline', () => {
  it('keeps the area code and the last three digits, like a mobile keeps its ends', () => {
    expect(maskLandline('0471-6281234')).toBe('0471-****234')
    expect(maskLandline('010-62812345')).toBe('010-****345')
    expect(maskLandline('6281234')).toBe('****234')
    expect(maskLandline(null)).toBe('')
  })
})
