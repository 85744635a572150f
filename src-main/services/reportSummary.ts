import type { ApiLocale } from '../contract/locale'
import type { ReportSummary } from '../contract/reports'
import type { SqliteConnection } from '../db/sqliteConnection'
import { listCountedSessions, listPresence, type ReportWindow } from '../db/repositories/reportsRepository'
import { localDate } from '../domain/export/exportLabels'
import { summarizeAttendance } from '../domain/reports/summarizeAttendance'
import type { ExportTable } from '../domain/export/exportTable'
import { enumLabels } from '../contract/labels'

export interface ReportRange {
  from?: string
  to?: string
}

/** Local calendar days to UTC instants: from's midnight up to the midnight after `to`. */
export function reportWindow({ from, to }: ReportRange, now: Date): ReportWindow {
  const start = from ? new Date(`${from}T00:00:00`).toISOString() : '0000'
  let end = '9999'
  if (to) {
    const dayAfter = new Date(`${to}T00:00:00`)
    dayAfter.setDate(dayAfter.getDate() + 1)
    end = dayAfter.toISOString()
  }
  return { start, end, now: now.toISOString() }
}

export async function buildReportSummary(db: SqliteConnection, range: ReportRange, now: Date): Promise<ReportSummary> {
  const window = reportWindow(range, now)
  const sessions = await listCountedSessions(db, window)
  const presence = await listPresence(db, window)
  const totals = summarizeAttendance(
    sessions.map((session) => ({ id: session.id, place: session.place, month: localDate(new Date(session.starts_at)).slice(0, 7) })),
    presence.map((row) => ({ sessionId: row.session_id, attendeeId: row.attendee_id, ageGroup: row.age_group })),
  )
  return { from: range.from ?? null, to: range.to ?? null, ...totals }
}

const labels = {
  'zh-CN': {
    overview: '总览',
    metric: '指标',
    value: '数值',
    range: '日期范围',
    allTime: '全部',
    sessionsHeld: '举办场次',
    attendances: '到场人次',
    uniquePeople: '覆盖人数',
    repeatAttendees: '多次参加的人数',
    byMonth: '按月',
    byPlace: '按地点',
    byAgeGroup: '按年龄段',
    month: '月份',
    place: '地点',
    ageGroup: '年龄段',
    people: '人数',
    sessions: '场次',
    ageGroups: enumLabels['zh-CN'].ageGroup,
    file: '宣讲统计',
  },
  en: {
    overview: 'Overview',
    metric: 'Measure',
    value: 'Value',
    range: 'Date range',
    allTime: 'all time',
    sessionsHeld: 'Sessions held',
    attendances: 'Attendances',
    uniquePeople: 'People reached',
    repeatAttendees: 'Came more than once',
    byMonth: 'By month',
    byPlace: 'By place',
    byAgeGroup: 'By age group',
    month: 'Month',
    place: 'Place',
    ageGroup: 'Age group',
    people: 'People',
    sessions: 'Sessions',
    ageGroups: enumLabels.en.ageGroup,
    file: 'outreach-summary',
  },
} satisfies Record<ApiLocale, unknown>

/** The summary as sheets of counts: nothing in it names or reaches a person. */
export function summaryTables(summary: ReportSummary, locale: ApiLocale): ExportTable[] {
  const l = labels[locale]
  const range = summary.from || summary.to ? `${summary.from ?? '…'} – ${summary.to ?? '…'}` : l.allTime
  return [
    {
      sheetName: l.overview,
      columns: [l.metric, l.value],
      rows: [
        [l.range, range],
        [l.sessionsHeld, summary.sessionsHeld],
        [l.attendances, summary.attendances],
        [l.uniquePeople, summary.uniquePeople],
        [l.repeatAttendees, summary.repeatAttendees],
      ],
    },
    { sheetName: l.byMonth, columns: [l.month, l.sessions, l.attendances, l.uniquePeople], rows: summary.byMonth.map((m) => [m.month, m.sessions, m.attendances, m.uniquePeople]) },
    { sheetName: l.byPlace, columns: [l.place, l.sessions, l.attendances, l.uniquePeople], rows: summary.byPlace.map((p) => [p.place, p.sessions, p.attendances, p.uniquePeople]) },
    {
      sheetName: l.byAgeGroup,
      columns: [l.ageGroup, l.people, l.attendances],
      rows: summary.byAgeGroup.map((a) => [l.ageGroups[a.ageGroup ?? 'unknown'], a.people, a.attendances]),
    },
  ]
}

export function summaryFileBase(summary: ReportSummary, locale: ApiLocale, today: Date): string {
  const range = summary.from || summary.to ? `${summary.from ?? ''}_${summary.to ?? ''}` : localDate(today)
  return `${labels[locale].file}-${range}`
}
