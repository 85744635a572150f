import { describe, expect, it } from 'vitest'
import { idSchema } from '../../../src-main/contract/common'
import { timeOrderedId } from '../../../src-main/domain/timeOrderedId'

describe('timeOrderedId', () => {
  it('makes valid, distinct version-7 UUIDs that sort in the order they were made, even within one millisecond', () => {
    const ids = Array.from({ length: 10_000 }, () => timeOrderedId(1_800_000_000_000))
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort()).toEqual(ids)
    for (const id of ids.slice(0, 50)) {
      expect(idSchema.safeParse(id).success).toBe(true)
      expect(id[14]).toBe('7')
    }
    expect(timeOrderedId(1_800_000_000_000) > ids.at(-1)!).toBe(true)
  })

  it('starts with the time, so ids made later sort after', () => {
    const earlier = timeOrderedId(1_900_000_000_000)
    expect(earlier.replaceAll('-', '').slice(0, 12)).toBe((1_900_000_000_000).toString(16).padStart(12, '0'))
    expect(timeOrderedId(1_900_000_000_001) > earlier).toBe(true)
  })
})
