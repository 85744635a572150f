import { describe, expect, it } from 'vitest'
import { nearestMissingSlide } from '../../../src-renderer/logic/standbyOrder'

/** Every index in the order the presenter would get the slides ready, starting from `kept`. */
function readyOrder(count: number, current: number, kept: number[]): number[] {
  const ready = new Set(kept)
  const order: number[] = []
  for (let index = nearestMissingSlide(count, current, ready); index !== undefined; index = nearestMissingSlide(count, current, ready)) {
    order.push(index)
    ready.add(index)
  }
  return order
}

describe('nearestMissingSlide', () => {
  it('gets the slides nearest the current one ready first, the following before the preceding', () => {
    expect(readyOrder(8, 3, [3, 4])).toEqual([2, 5, 1, 6, 0, 7])
  })

  it('reaches every slide from either end, once', () => {
    expect(readyOrder(5, 0, [])).toEqual([0, 1, 2, 3, 4])
    expect(readyOrder(5, 4, [4])).toEqual([3, 2, 1, 0])
  })

  it('has nothing left when every slide is kept', () => {
    expect(nearestMissingSlide(3, 1, new Set([0, 1, 2]))).toBeUndefined()
    expect(nearestMissingSlide(0, 0, new Set())).toBeUndefined()
  })
})
