import { afterEach, describe, expect, it } from 'vitest'
import { combineCheckIns, type CheckInState } from '../../../src-main/domain/checkInMerge'
import { canonicalDump, openLaptop, type Laptop } from '../../helpers/syncLaptops'

let laptops: Laptop[] = []
afterEach(async () => {
  await Promise.all(laptops.map((laptop) => laptop.cleanup()))
  laptops = []
})

const T = (second: number) => `2026-12-01T02:00:${String(second).padStart(2, '0')}.000Z`

describe('combining check-ins', () => {
  it('the first check-in stands; an undo counts only against check-ins older than it', () => {
    expect(combineCheckIns({ checkedInAt: T(10), undoneAt: null }, { checkedInAt: T(5), undoneAt: null })).toEqual({ checkedInAt: T(5), undoneAt: null })
    expect(combineCheckIns({ checkedInAt: T(10), undoneAt: null }, { checkedInAt: null, undoneAt: T(20) })).toEqual({ checkedInAt: null, undoneAt: T(20) })
    expect(combineCheckIns({ checkedInAt: T(30), undoneAt: T(20) }, { checkedInAt: null, undoneAt: T(25) })).toEqual({ checkedInAt: T(30), undoneAt: T(25) })
    expect(combineCheckIns({ checkedInAt: T(30), undoneAt: null }, { checkedInAt: null, undoneAt: T(30) })).toEqual({ checkedInAt: null, undoneAt: T(30) })
  })

  it('is the same whichever way round and however grouped', () => {
    const states: CheckInState[] = [
      { checkedInAt: T(10), undoneAt: null },
      { checkedInAt: null, undoneAt: T(15) },
      { checkedInAt: T(40), undoneAt: T(35) },
      { checkedInAt: T(20), undoneAt: null },
    ]
    const folded = (order: CheckInState[]) => order.reduce((a, b) => combineCheckIns(a, b))
    expect(folded([...states].reverse())).toEqual(folded(states))
    expect(combineCheckIns(combineCheckIns(states[0], states[1]), combineCheckIns(states[2], states[3]))).toEqual(folded(states))
    expect(folded(states)).toEqual({ checkedInAt: T(40), undoneAt: T(35) })
  })
})

describe('bundles in any order', () => {
  it('two laptops taking the same two bundles in opposite orders end with the same records', async () => {
    laptops = await Promise.all(['A', 'B', 'C', 'D'].map((name) => openLaptop(name)))
    const [a, b, c, d] = laptops
    const session = (await a.ok<{ id: string }>('sessions.create', { title: '讲座', startsAt: '2026-12-01T10:00:00+08:00', place: '活动室' })).id
    const first = (await a.ok<{ dataBase64: string }>('sync.exportBundle', {})).dataBase64
    await b.ok('sync.importBundle', { dataBase64: first })
    const signUp = (laptop: Laptop, name: string, phone: string) =>
      laptop.ok<{ attendeeId: string }>('attendees.signUp', { sessionId: session, name, phone, consent: true, confirmedNew: true })
    const onA = await signUp(a, '张三', '13800000001')
    await a.ok('attendance.checkIn', { sessionId: session, attendeeId: onA.attendeeId })
    const onB = await signUp(b, '张三', '13800000001')
    await b.ok('attendance.checkIn', { sessionId: session, attendeeId: onB.attendeeId })
    await b.ok('sessions.update', { id: session, place: '二楼会议室' })
    const fromA = (await a.ok<{ dataBase64: string }>('sync.exportBundle', {})).dataBase64
    const fromB = (await b.ok<{ dataBase64: string }>('sync.exportBundle', {})).dataBase64

    for (const dataBase64 of [fromA, fromB, fromA]) await c.ok('sync.importBundle', { dataBase64 })
    for (const dataBase64 of [fromB, fromA]) await d.ok('sync.importBundle', { dataBase64 })
    const dump = await canonicalDump(c)
    expect(await canonicalDump(d)).toEqual(dump)
    expect(dump.people).toHaveLength(1)
    expect((dump.attendance as { checked_in_at: string | null }[]).map((row) => row.checked_in_at !== null)).toEqual([true])
    expect((dump.sessions as { place: string }[]).map((row) => row.place)).toEqual(['二楼会议室'])
  })

  it('a purge on one laptop removes the people there too, and nothing of them is sent back', async () => {
    laptops = await Promise.all(['A', 'B'].map((name) => openLaptop(name)))
    const [a, b] = laptops
    const session = (await a.ok<{ id: string }>('sessions.create', { title: '讲座', startsAt: '2026-12-01T10:00:00+08:00', place: '活动室' })).id
    await a.ok('attendees.signUp', { sessionId: session, name: '李四', phone: '13900000002', consent: true, confirmedNew: true })
    await b.ok('sync.importBundle', { dataBase64: (await a.ok<{ dataBase64: string }>('sync.exportBundle', {})).dataBase64 })
    await a.db.write((tx) => tx.run("UPDATE attendees SET last_seen_at = '2020-01-01T00:00:00.000Z'"))
    const preview = await a.ok<{ cutoff: string; people: number }>('privacy.purgePreview', {})
    expect(preview.people).toBe(1)
    await a.ok('privacy.purge', { cutoff: preview.cutoff })
    const summary = await b.ok<{ removed: number }>('sync.importBundle', { dataBase64: (await a.ok<{ dataBase64: string }>('sync.exportBundle', {})).dataBase64 })
    expect(summary.removed).toBe(1)
    expect((await canonicalDump(b)).people).toEqual([])
    const tombstones = JSON.stringify(await b.db.read((db) => db.all('SELECT * FROM deletions')))
    expect(tombstones).toContain('"kind":"person"')
    expect(tombstones).not.toMatch(/李四|13900000002/)
  })
})
