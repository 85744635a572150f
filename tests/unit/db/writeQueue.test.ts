import { afterEach, describe, expect, it } from 'vitest'
import { openTempDatabase, type TempDatabase } from '../../helpers/tempDatabase'

let temp: TempDatabase | undefined
afterEach(async () => {
  await temp?.cleanup()
  temp = undefined
})

const now = new Date().toISOString()

function insertSession(id: string, title: string) {
  return ['INSERT INTO sessions (id, title, starts_at, place, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)', [id, title, now, 'hall', now, now]] as const
}

describe('the write queue', () => {
  it('runs 50 concurrent multi-step transactions without interleaving them', async () => {
    temp = await openTempDatabase()
    const db = temp.db
    const observed: number[] = []
    const writes = Array.from({ length: 50 }, (_, index) =>
      db.write(async (tx) => {
        const before = await tx.get<{ n: number }>('SELECT COUNT(*) AS n FROM sessions')
        await new Promise((resolve) => setTimeout(resolve, index % 3))
        await tx.run(...insertSession(`s-${index}`, `first ${index}`))
        await tx.run(...insertSession(`t-${index}`, `second ${index}`))
        const after = await tx.get<{ n: number }>('SELECT COUNT(*) AS n FROM sessions')
        observed.push(after!.n - before!.n)
      }),
    )
    await Promise.all(writes)
    // Had another transaction's statements slipped in, some writer would see more than its own two rows appear.
    expect(observed).toEqual(Array(50).fill(2))
    const total = await db.read((reader) => reader.get<{ n: number }>('SELECT COUNT(*) AS n FROM sessions'))
    expect(total?.n).toBe(100)
  })

  it('rolls back only the failing transaction and keeps serving the others', async () => {
    temp = await openTempDatabase()
    const db = temp.db
    const results = await Promise.allSettled([
      db.write((tx) => tx.run(...insertSession('ok-1', 'ok'))),
      db.write(async (tx) => {
        await tx.run(...insertSession('doomed', 'half'))
        throw new Error('boom')
      }),
      db.write((tx) => tx.run(...insertSession('ok-2', 'ok'))),
    ])
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    const ids = await db.read((reader) => reader.all<{ id: string }>('SELECT id FROM sessions ORDER BY id'))
    expect(ids.map((row) => row.id)).toEqual(['ok-1', 'ok-2'])
  })

  it('reads never see a transaction that has not committed', async () => {
    temp = await openTempDatabase()
    const db = temp.db
    let seenDuringWrite: number | undefined
    await db.write(async (tx) => {
      await tx.run(...insertSession('pending', 'not yet'))
      seenDuringWrite = (await db.read((reader) => reader.get<{ n: number }>('SELECT COUNT(*) AS n FROM sessions')))?.n
    })
    expect(seenDuringWrite).toBe(0)
  })
})
