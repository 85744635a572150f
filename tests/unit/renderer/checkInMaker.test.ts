import { describe, expect, it } from 'vitest'
import { checkInMaker } from '../../../src-renderer/logic/checkInMaker'

describe('checkInMaker', () => {
  const mine = [{ attendeeId: 'a', checkedInAt: '2026-12-01T02:00:00.000Z' }]

  it('believes the server about this call', () => {
    expect(checkInMaker(mine, 'a', '2026-12-01T02:05:00.000Z', false)).toBe('thisCall')
  })

  it('calls a standing check-in this desk’s own only when it holds that very check-in', () => {
    expect(checkInMaker(mine, 'a', '2026-12-01T02:00:00.000Z', true)).toBe('thisDesk')
    expect(checkInMaker(mine, 'a', '2026-12-01T02:09:00.000Z', true)).toBe('otherDesk')
    expect(checkInMaker(mine, 'b', '2026-12-01T02:00:00.000Z', true)).toBe('otherDesk')
    expect(checkInMaker([], 'a', '2026-12-01T02:00:00.000Z', true)).toBe('otherDesk')
  })
})
