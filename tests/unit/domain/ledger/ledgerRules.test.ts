import { describe, expect, it } from 'vitest'
import { peopleReached, rate } from '../../../../src-main/domain/ledger/activityRules'
import { computeCoverage, type CoverageSession } from '../../../../src-main/domain/ledger/coverage'
import { monthlyTrends, sumLedgerRows } from '../../../../src-main/domain/ledger/ledgerTotals'
import { detectImageMime } from '../../../../src-main/domain/ledger/imageType'

const grid = { id: 'g1', name: '一网格', householdCount: 200, residentCount: 500 }
const talk = (id: string, gridId: string | null = 'g1'): CoverageSession => ({ id, gridId, activityType: 'talk', householdsVisited: null, peopleReachedManual: null })

describe('people reached', () => {
  it('counts check-ins for roster activities and ignores a stray head count there', () => {
    expect(peopleReached({ activityType: 'talk', present: 12, peopleReachedManual: 40 })).toBe(12)
    expect(peopleReached({ activityType: 'elderly_class', present: 8, peopleReachedManual: null })).toBe(8)
  })

  it('counts the head count for rounds without a roster, or the check-ins when more people were signed in', () => {
    expect(peopleReached({ activityType: 'door_to_door', present: 2, peopleReachedManual: 35 })).toBe(35)
    expect(peopleReached({ activityType: 'stall', present: 5, peopleReachedManual: null })).toBe(5)
    expect(peopleReached({ activityType: 'shops', present: 0, peopleReachedManual: 0 })).toBe(0)
  })

  it('gives no rate without a whole to divide by', () => {
    expect(rate(3, 0)).toBeNull()
    expect(rate(3, null)).toBeNull()
    expect(rate(1, 4)).toBe(0.25)
  })
})

describe('grid coverage', () => {
  it('counts a person reached twice in the range once', () => {
    const [row] = computeCoverage(
      [grid],
      [talk('s1'), talk('s2')],
      [
        { sessionId: 's1', attendeeId: 'p1' },
        { sessionId: 's2', attendeeId: 'p1' },
        { sessionId: 's2', attendeeId: 'p2' },
      ],
    )
    expect(row).toMatchObject({ gridId: 'g1', residentsReached: 2, activities: 2, residentCoverage: 2 / 500 })
  })

  it('adds head counts of rounds without a roster, and households capped at the grid total', () => {
    const rounds: CoverageSession[] = [
      { id: 'd1', gridId: 'g1', activityType: 'door_to_door', householdsVisited: 150, peopleReachedManual: 30 },
      { id: 'd2', gridId: 'g1', activityType: 'door_to_door', householdsVisited: 120, peopleReachedManual: 20 },
    ]
    const [row] = computeCoverage([grid], rounds, [])
    expect(row).toMatchObject({ householdsReached: 200, householdCoverage: 1, residentsReached: 50, residentCoverage: 0.1 })
  })

  it('keeps the reach of sessions without a grid under a row of its own, and grids with nothing at zero', () => {
    const rows = computeCoverage([grid], [talk('s1', null)], [{ sessionId: 's1', attendeeId: 'p1' }])
    expect(rows).toHaveLength(2)
    expect(rows[0]).toMatchObject({ gridId: 'g1', residentsReached: 0, householdsReached: 0, activities: 0, residentCoverage: 0 })
    expect(rows[1]).toMatchObject({ gridId: null, residentsReached: 1, residentCoverage: null })
  })

  it('does not count the same person in two grids as one', () => {
    const other = { id: 'g2', name: '二网格', householdCount: null, residentCount: null }
    const rows = computeCoverage(
      [grid, other],
      [talk('s1', 'g1'), talk('s2', 'g2')],
      [
        { sessionId: 's1', attendeeId: 'p1' },
        { sessionId: 's2', attendeeId: 'p1' },
      ],
    )
    expect(rows.map((row) => row.residentsReached)).toEqual([1, 1])
    expect(rows[1].householdCoverage).toBeNull()
  })
})

describe('ledger totals and trends', () => {
  const row = (month: string, people: number, installed: number, registered: number, leaflets: number) => ({
    month,
    peopleReached: people,
    householdsVisited: 0,
    shopsVisited: 0,
    appInstalled: installed,
    appRegistered: registered,
    leaflets,
    booklets: 1,
    posters: 0,
    photoCount: 2,
  })

  it('adds every count and the number of activities', () => {
    expect(sumLedgerRows([row('2026-11', 10, 4, 2, 50), row('2026-12', 20, 6, 3, 100)])).toMatchObject({
      activities: 2,
      peopleReached: 30,
      appInstalled: 10,
      appRegistered: 5,
      leaflets: 150,
      booklets: 2,
      photoCount: 4,
    })
  })

  it('gives install and registration rates over people reached, month by month in order', () => {
    const trends = monthlyTrends([row('2026-12', 20, 5, 2, 10), row('2026-11', 10, 5, 5, 0), row('2026-12', 20, 5, 2, 30)])
    expect(trends.map((t) => t.month)).toEqual(['2026-11', '2026-12'])
    expect(trends[0]).toMatchObject({ installRate: 0.5, registrationRate: 0.5 })
    expect(trends[1]).toMatchObject({ peopleReached: 40, appInstalled: 10, installRate: 0.25, registrationRate: 0.1, leaflets: 40 })
  })
})

describe('image type by magic bytes', () => {
  it('knows JPEG, PNG and WebP and nothing else', () => {
    expect(detectImageMime(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe('image/jpeg')
    expect(detectImageMime(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png')
    expect(detectImageMime(new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '))).toBe('image/webp')
    expect(detectImageMime(new TextEncoder().encode('GIF89a......'))).toBeNull()
    expect(detectImageMime(new TextEncoder().encode('<svg xmlns'))).toBeNull()
    expect(detectImageMime(new Uint8Array())).toBeNull()
  })
})
