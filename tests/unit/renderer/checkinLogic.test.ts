import { describe, expect, it } from 'vitest'
import { guessWalkIn } from '../../../src-renderer/logic/walkInQuery'
import { blankRow, earlierDuplicate, isCompletePhone, phoneDigits } from '../../../src-renderer/logic/paperRows'
import { draftToInput, emptySessionDraft } from '../../../src-renderer/logic/sessionDraft'

describe('guessWalkIn', () => {
  it('splits a name and a phone typed in one box', () => {
    expect(guessWalkIn('张三 138 0013 8000')).toEqual({ name: '张三', phone: '13800138000' })
    expect(guessWalkIn('13800138000')).toEqual({ name: '', phone: '13800138000' })
    expect(guessWalkIn('阿依古丽·买买提')).toEqual({ name: '阿依古丽·买买提', phone: '' })
  })

  it('does not take pinyin initials or a phone tail for a name or a phone', () => {
    expect(guessWalkIn('zs')).toEqual({ name: '', phone: '' })
    expect(guessWalkIn('1234')).toEqual({ name: '', phone: '' })
    expect(guessWalkIn('Li Na')).toEqual({ name: 'Li Na', phone: '' })
  })
})

describe('paper rows', () => {
  const row = (name: string, phone: string) => ({ ...blankRow(0), name, phone })

  it('reads phones as written on paper', () => {
    expect(phoneDigits('+86 138-0013-8000')).toBe('13800138000')
    expect(phoneDigits('１３８００１３８０００')).toBe('13800138000')
    expect(isCompletePhone('138 0013 800')).toBe(false)
    expect(isCompletePhone('12800138000')).toBe(false)
  })

  it('flags a repeated phone or a repeated name without phones, pointing at the earlier row', () => {
    const rows = [row('赵六', '136 0013 6000'), row('钱七', ''), row('赵 六', '13600136000'), row('钱七', ''), row('钱七', '13900139000'), row('赵六', '13700137000')]
    expect(rows.map((_, index) => earlierDuplicate(rows, index))).toEqual([-1, -1, 0, 1, -1, -1])
  })
})

describe('session draft', () => {
  it('sends an empty duration as null and whole minutes as a number', () => {
    expect(draftToInput({ ...emptySessionDraft(), durationMinutes: '' }).durationMinutes).toBeNull()
    expect(draftToInput({ ...emptySessionDraft(), durationMinutes: ' 90 ' }).durationMinutes).toBe(90)
  })
})
