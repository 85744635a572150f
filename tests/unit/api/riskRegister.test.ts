import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApiHandlers } from '../../../src-main/api/handlers'
import { createHandlerContext } from '../../../src-main/api/handlers/context'
import { dispatch } from '../../../src-main/api/dispatch'
import { openTempDatabase, type TempDatabase } from '../../helpers/tempDatabase'

let temp: TempDatabase
let clock = new Date(2026, 11, 2, 9, 0)

async function ok<T>(method: string, input: unknown): Promise<T> {
  const answer = await dispatch(createApiHandlers(createHandlerContext(temp.db, { now: () => clock })), method, input, 'zh-CN', 'worker')
  if (!answer.ok) throw new Error(`${method} failed: ${JSON.stringify(answer.error)}`)
  return answer.result as T
}

async function person(sessionId: string, name: string, phone?: string): Promise<string> {
  return (await ok<{ attendeeId: string }>('attendees.signUp', { sessionId, name, ...(phone ? { phone, consent: true } : { consent: false }) })).attendeeId
}

interface Entry {
  name: string
  phoneMasked: string
  flags: string[]
  lastVisitAt: string | null
  visitCount: number
}

beforeEach(async () => {
  temp = await openTempDatabase()
  clock = new Date(2026, 11, 2, 9, 0)
})
afterEach(() => temp.cleanup())

describe('the risk register', () => {
  it('flags residents, records visits, and lists who has not been visited in N days', async () => {
    const { id: sessionId } = await ok<{ id: string }>('sessions.create', { title: '讲座', startsAt: '2026-11-01T10:00:00', place: '社区' })
    const zhang = await person(sessionId, '张桂兰', '13800138000')
    const li = await person(sessionId, '李建国')
    const wang = await person(sessionId, '王秀珍')
    await ok('riskRegister.setFlags', { attendeeId: zhang, flags: ['living_alone', 'defrauded_before', 'living_alone'] })
    await ok('riskRegister.setFlags', { attendeeId: li, flags: ['student_parent'] })
    await ok('riskRegister.setFlags', { attendeeId: wang, flags: ['left_behind'] })
    await ok('riskRegister.addVisit', { attendeeId: zhang, method: 'visit', note: '讲了冒充公检法', visitedAt: '2026-11-30T15:00:00' })
    await ok('riskRegister.addVisit', { attendeeId: li, method: 'call', visitedAt: '2026-10-01T15:00:00' })

    const all = await ok<{ items: Entry[] }>('riskRegister.list', {})
    expect(all.items.map((entry) => entry.name)).toEqual(['王秀珍', '李建国', '张桂兰'])
    expect(all.items[2]).toMatchObject({ phoneMasked: '138****8000', flags: ['defrauded_before', 'living_alone'], visitCount: 1 })
    expect(JSON.stringify(all)).not.toContain('13800138000')
    const due = await ok<{ items: Entry[] }>('riskRegister.list', { notVisitedDays: 30 })
    expect(due.items.map((entry) => entry.name)).toEqual(['王秀珍', '李建国'])

    const off = await ok<{ flags: string[]; visits: unknown[] }>('riskRegister.setFlags', { attendeeId: zhang, flags: [] })
    expect(off).toMatchObject({ flags: [], visits: [{ method: 'visit', note: '讲了冒充公检法' }] })
    expect((await ok<{ items: Entry[] }>('riskRegister.list', {})).items).toHaveLength(2)

    const counts = await ok<{ riskRegister: unknown }>('ledger.casework', { from: '2026-11-01', to: '2026-11-30' })
    expect(counts.riskRegister).toEqual({ flagged: 2, visits: 1, peopleVisited: 1 })
  })

  it('goes with the person when they are deleted', async () => {
    const { id: sessionId } = await ok<{ id: string }>('sessions.create', { title: '讲座', startsAt: '2026-11-01T10:00:00', place: '社区' })
    const zhang = await person(sessionId, '张桂兰')
    await ok('riskRegister.setFlags', { attendeeId: zhang, flags: ['other'] })
    await ok('riskRegister.addVisit', { attendeeId: zhang, method: 'call' })
    await ok('people.delete', { id: zhang })
    expect((await ok<{ items: Entry[] }>('riskRegister.list', {})).items).toEqual([])
    expect(await temp.db.read((reader) => reader.get('SELECT (SELECT COUNT(*) FROM risk_flags) + (SELECT COUNT(*) FROM risk_visits) AS n'))).toEqual({ n: 0 })
  })
})
