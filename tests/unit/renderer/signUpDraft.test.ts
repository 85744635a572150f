import { describe, expect, it } from 'vitest'
import { emptySignUpDraft, localDate, residentSignUpInput, signUpInput } from '../../../src-renderer/logic/signUpDraft'
import { maskedPhoneOf } from '../../../src-renderer/logic/maskPhone'

describe('sign-up draft', () => {
  it('sends unanswered choices as absent, not as empty strings the API would refuse', () => {
    const input = signUpInput({ ...emptySignUpDraft(), name: '张三' }, 'session-1', { source: 'kiosk', checkIn: true })
    expect(input).toEqual({
      sessionId: 'session-1',
      name: '张三',
      phone: '',
      ageGroup: undefined,
      neighbourhood: '',
      gender: undefined,
      consent: false,
      source: 'kiosk',
      checkIn: true,
    })
  })

  it('keeps the answers given', () => {
    const draft = { name: '李四', phone: '138 0013 8000', ageGroup: '60plus', neighbourhood: '幸福里', gender: 'female', consent: true } as const
    expect(signUpInput(draft, 's', { confirmedNew: true })).toMatchObject({ ageGroup: '60plus', gender: 'female', consent: true, confirmedNew: true })
  })

  it("sends a resident's own answers only: no source, check-in or ids", () => {
    const input = residentSignUpInput({ ...emptySignUpDraft(), name: '王芳', ageGroup: '60plus' }, 'session-1')
    expect(input).toEqual({ sessionId: 'session-1', name: '王芳', phone: '', ageGroup: '60plus', neighbourhood: '', gender: undefined, consent: false })
  })

  it('shows typed phones masked, and nothing for a number that is not a mobile', () => {
    expect(maskedPhoneOf('+86 138-0013-8000')).toBe('138****8000')
    expect(maskedPhoneOf('12345')).toBe('')
  })

  it('writes calendar days as YYYY-MM-DD on the local clock', () => {
    expect(localDate(new Date(2024, 10, 5, 23, 30).toISOString())).toBe('2024-11-05')
    expect(localDate('not a date')).toBe('not a date')
  })
})
