import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestApp, type TestApp } from '../../helpers/testApp'
import { reportDays } from '../../../src-main/services/dailyReport/reportWindow'

let app: TestApp
const pad = (n: number) => String(n).padStart(2, '0')
const now = new Date()
const TODAY = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`

async function ok<T>(method: string, input: unknown): Promise<T> {
  const answer = await app.call(method, input)
  if (!answer.ok) throw new Error(`${method} failed: ${JSON.stringify(answer.error)}`)
  return answer.result as T
}

beforeEach(async () => {
  app = await openTestApp()
})
afterEach(() => app.cleanup())

describe('the work-group report', () => {
  it('says what was done today from the records, with the worker’s highlight and problem, and no name or phone', async () => {
    const { id: talk } = await ok<{ id: string }>('sessions.create', { title: '讲座', startsAt: new Date(Date.now() - 60_000).toISOString(), place: '幸福社区', status: 'held' })
    const { id: round } = await ok<{ id: string }>('sessions.create', { title: '入户', startsAt: new Date(Date.now() - 120_000).toISOString(), place: '3号楼', status: 'held' })
    await ok('sessions.ledgerFields.update', { sessionId: round, activityType: 'door_to_door', householdsVisited: 12, peopleReached: 20, leaflets: 30 })
    await ok('sessions.ledgerFields.update', { sessionId: talk, posters: 2 })
    const { attendeeId } = await ok<{ attendeeId: string }>('attendees.signUp', { sessionId: talk, name: '张桂兰', phone: '13800138000', consent: true, checkIn: true })
    await ok('attendance.setAppStatus', { sessionId: talk, attendeeId, registered: true })
    await ok('people.appSetup.set', { attendeeId, callAlert: true })

    const { text, from, to } = await ok<{ text: string; from: string; to: string }>('reports.dailyText', { date: TODAY, highlight: '老人们很积极', problem: '' })
    expect([from, to]).toEqual([TODAY, TODAY])
    expect(text.split('\n')).toEqual([
      `【反诈宣传日报】${TODAY}`,
      '一、开展活动 2 场（宣讲 1 场、入户宣传 1 场）',
      '二、覆盖群众 21 人（入户 12 户）',
      '三、国家反诈中心APP：帮助安装 1 人，完成注册 1 人；开启来电预警 1 人',
      '四、发放宣传单 30 份、海报 2 张',
      '亮点：老人们很积极',
      '问题：无',
    ])
    expect(text).not.toContain('张桂兰')
    expect(text).not.toContain('8000')

    const english = await ok<{ text: string }>('reports.dailyText', { date: TODAY, period: 'month', locale: 'en' })
    expect(english.text).toContain('1. Activities held: 2 (Talk 1, Door to door 1)')
    expect(english.text).toContain('Problem: none')
  })

  it('adds the casework of the day from its own records: pledges, alert follow-ups and who was talked out of a scam', async () => {
    const { id: talk } = await ok<{ id: string }>('sessions.create', { title: '讲座', startsAt: new Date(Date.now() - 60_000).toISOString(), place: '幸福社区', status: 'held' })
    const { attendeeId } = await ok<{ attendeeId: string }>('attendees.signUp', { sessionId: talk, name: '李秀英', phone: '13900139000', consent: true, checkIn: true })
    await ok('pledges.record', { sessionId: talk, attendeeId, kind: 'household' })
    const alert = await ok<{ id: string }>('alerts.create', { name: '王建国', phone: '13700137000', level: 'high', alertedAt: new Date(Date.now() - 3_600_000).toISOString() })
    await ok('alerts.addFollowUp', { alertId: alert.id, method: 'call', outcome: 'no_answer' })
    await ok('alerts.addFollowUp', { alertId: alert.id, method: 'in_person', outcome: 'dissuaded' })

    const { text } = await ok<{ text: string }>('reports.dailyText', { date: TODAY })
    expect(text).toContain('日常工作：签订承诺书 1 份、预警跟进 2 次（见面劝阻 1 次）、成功劝阻 1 起')
    for (const personal of ['李秀英', '王建国', '9000', '7000']) expect(text).not.toContain(personal)
    const english = await ok<{ text: string }>('reports.dailyText', { date: TODAY, locale: 'en' })
    expect(english.text).toContain('Casework: pledges signed 1, alert follow-ups 2 (in person 1), talked out of a scam 1')
  })

  it('says plainly when nothing was held', async () => {
    const { text } = await ok<{ text: string }>('reports.dailyText', { date: '2020-01-01' })
    expect(text).toBe(
      ['【反诈宣传日报】2020-01-01', '一、开展活动 0 场', '二、覆盖群众 0 人', '三、国家反诈中心APP：帮助安装 0 人，完成注册 0 人', '亮点：无', '问题：无'].join('\n'),
    )
  })

  it('covers the Monday–Sunday week and the calendar month of the date', () => {
    expect(reportDays('2026-12-02', 'week')).toEqual({ from: '2026-11-30', to: '2026-12-06' })
    expect(reportDays('2026-12-06', 'week')).toEqual({ from: '2026-11-30', to: '2026-12-06' })
    expect(reportDays('2026-02-10', 'month')).toEqual({ from: '2026-02-01', to: '2026-02-28' })
  })
})
