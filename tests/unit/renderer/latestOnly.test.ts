import { describe, expect, it } from 'vitest'
import { latestOnly } from '../../../src-renderer/logic/latestOnly'

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void } {
  let resolve!: () => void
  let reject!: (error: Error) => void
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)))
  return { promise, resolve, reject }
}

describe('latestOnly', () => {
  it('runs once now and once more after it for any number of calls made meanwhile, reading the newest input', async () => {
    let input = 'z'
    const seen: string[] = []
    const answers: ReturnType<typeof deferred>[] = []
    const search = latestOnly(() => {
      seen.push(input)
      const answer = deferred()
      answers.push(answer)
      return answer.promise
    })
    const first = search()
    input = 'zh'
    const second = search()
    input = 'zha'
    const third = search()
    expect(second).toBe(third)
    expect(seen).toEqual(['z'])
    answers[0].resolve()
    await first
    await Promise.resolve()
    expect(seen).toEqual(['z', 'zha'])
    answers[1].resolve()
    await third
    search()
    expect(seen).toEqual(['z', 'zha', 'zha'])
  })

  it('still runs the follow-up when the call in flight fails', async () => {
    const seen: number[] = []
    const answers: ReturnType<typeof deferred>[] = []
    const search = latestOnly(() => {
      seen.push(seen.length)
      const answer = deferred()
      answers.push(answer)
      return answer.promise
    })
    const failing = search()
    const followUp = search()
    answers[0].reject(new Error('storage_error'))
    await expect(failing).rejects.toThrow('storage_error')
    await new Promise((resolve) => setTimeout(resolve, 0))
    answers[1].resolve()
    await followUp
    expect(seen).toEqual([0, 1])
  })
})
