import { afterEach, describe, expect, it } from 'vitest'
import { canonicalDump, openLaptop, sendBundle, type ImportSummary, type Laptop } from '../../helpers/syncLaptops'

let laptops: Laptop[] = []
afterEach(async () => {
  await Promise.all(laptops.map((laptop) => laptop.cleanup()))
  laptops = []
})

async function twoLaptops(): Promise<[Laptop, Laptop]> {
  laptops = [await openLaptop('A'), await openLaptop('B')]
  return [laptops[0], laptops[1]]
}

async function newSession(laptop: Laptop, title = '防诈骗讲座'): Promise<string> {
  return (await laptop.ok<{ id: string }>('sessions.create', { title, startsAt: '2026-12-01T10:00:00+08:00', place: '活动室' })).id
}

async function signUp(laptop: Laptop, sessionId: string, name: string, phone?: string): Promise<string> {
  const input = { sessionId, name, consent: Boolean(phone), confirmedNew: true, ...(phone ? { phone } : {}) }
  return (await laptop.ok<{ attendeeId: string }>('attendees.signUp', input)).attendeeId
}

describe('sync bundles between two laptops', () => {
  it('sends everything the first time, applies idempotently, and both end with the same records', async () => {
    const [a, b] = await twoLaptops()
    const session = await newSession(a)
    const zhang = await signUp(a, session, '张三', '13800138000')
    await a.ok('attendance.checkIn', { sessionId: session, attendeeId: zhang })
    await signUp(a, session, '李四')

    const first = await sendBundle(a, b)
    // a session, two people, two attendance rows and one consent
    expect(first).toMatchObject({ new: 6, updated: 0, removed: 0, peopleMerged: 0, conflicts: 0 })
    expect(await canonicalDump(b)).toEqual(await canonicalDump(a))

    const again = await sendBundle(a, b)
    expect(again).toMatchObject({ new: 0, updated: 0, removed: 0, peopleMerged: 0, conflicts: 0 })
  })

  it('a dry run answers the same counts and changes nothing', async () => {
    const [a, b] = await twoLaptops()
    const session = await newSession(a)
    await signUp(a, session, '王五', '13900139000')
    const bundle = await a.ok<{ dataBase64: string }>('sync.exportBundle', {})
    const before = await canonicalDump(b)
    const preview = await b.ok<ImportSummary>('sync.importBundle', { dataBase64: bundle.dataBase64, dryRun: true })
    expect(preview).toMatchObject({ new: 4, dryRun: true })
    expect(await canonicalDump(b)).toEqual(before)
    expect(await b.ok<ImportSummary>('sync.importBundle', { dataBase64: bundle.dataBase64 })).toMatchObject({ new: 4, dryRun: false })
  })

  it('the same phone on two laptops becomes one person with every attendance', async () => {
    const [a, b] = await twoLaptops()
    const session = await newSession(a)
    await sendBundle(a, b)
    const onA = await signUp(a, session, '赵六', '13700137000')
    await a.ok('attendance.checkIn', { sessionId: session, attendeeId: onA })
    const otherSession = await newSession(b, '第二场')
    const onB = await signUp(b, otherSession, '赵六', '13700137000')
    await b.ok('attendance.checkIn', { sessionId: otherSession, attendeeId: onB })

    expect((await sendBundle(a, b)).peopleMerged).toBe(1)
    await sendBundle(b, a)
    await sendBundle(a, b)
    const dumpA = await canonicalDump(a)
    expect(await canonicalDump(b)).toEqual(dumpA)
    const kept = [onA, onB].sort()[0]
    expect(dumpA.people.map((p) => (p as { id: string }).id)).toEqual([kept])
    expect(dumpA.attendance.filter((row) => (row as { checked_in_at: string | null }).checked_in_at !== null)).toHaveLength(2)
  })

  it('a deleted person never comes back, even from an old bundle replayed later', async () => {
    const [a, b] = await twoLaptops()
    const session = await newSession(a)
    const person = await signUp(a, session, '钱七', '13600136000')
    const old = await a.ok<{ dataBase64: string }>('sync.exportBundle', {})
    await b.ok('sync.importBundle', { dataBase64: old.dataBase64 })
    await b.ok('people.delete', { id: person })
    await sendBundle(b, a)
    expect((await canonicalDump(a)).people).toEqual([])
    expect(await b.ok<ImportSummary>('sync.importBundle', { dataBase64: old.dataBase64 })).toMatchObject({ new: 0, updated: 0 })
    expect((await canonicalDump(b)).people).toEqual([])
    expect(await canonicalDump(b)).toEqual(await canonicalDump(a))
  })

  it('a field edited on both sides: the newer edit wins and the other is listed as a conflict', async () => {
    const [a, b] = await twoLaptops()
    const session = await newSession(a)
    await sendBundle(a, b)
    await a.ok('sessions.update', { id: session, place: '一楼大厅' })
    await b.ok('sessions.update', { id: session, place: '二楼会议室' })
    const summary = await sendBundle(a, b)
    expect(summary.conflicts).toBe(1)
    await sendBundle(b, a)
    const place = (await canonicalDump(a)).sessions.map((s) => (s as { place: string }).place)
    expect(place).toEqual(['二楼会议室'])
    expect(await canonicalDump(b)).toEqual(await canonicalDump(a))
    const { items } = await b.ok<{ items: { field: string; keptValue: string; otherValue: string }[] }>('sync.conflicts', {})
    expect(items).toEqual([expect.objectContaining({ field: 'place', keptValue: '二楼会议室', otherValue: '一楼大厅' })])
  })
})
