import type { ApiLocale } from '../../contract/locale'
import { enumLabels } from '../../contract/labels'

/** Column headers match what roster import recognises, so an exported list can be imported again. */
const labels = {
  'zh-CN': {
    name: '姓名',
    phone: '手机号',
    landline: '固定电话',
    ageGroup: '年龄段',
    neighbourhood: '小区',
    gender: '性别',
    source: '来源',
    present: '是否到场',
    checkedInAt: '签到时间',
    registeredAt: '报名时间',
    sessionsAttended: '到场次数',
    lastSeenAt: '最近一次',
    createdAt: '登记时间',
    yes: '是',
    no: '否',
    ageGroups: enumLabels['zh-CN'].ageGroup,
    genders: enumLabels['zh-CN'].gender,
    sources: enumLabels['zh-CN'].attendanceSource,
    attendanceFile: '签到表',
    peopleFile: '人员名单',
    peopleSheet: '人员',
  },
  en: {
    name: 'Name',
    phone: 'Phone',
    landline: 'Landline',
    ageGroup: 'Age group',
    neighbourhood: 'Neighbourhood',
    gender: 'Gender',
    source: 'Source',
    present: 'Present',
    checkedInAt: 'Checked in at',
    registeredAt: 'Registered at',
    sessionsAttended: 'Sessions attended',
    lastSeenAt: 'Last seen',
    createdAt: 'First recorded',
    yes: 'yes',
    no: 'no',
    ageGroups: enumLabels.en.ageGroup,
    genders: enumLabels.en.gender,
    sources: enumLabels.en.attendanceSource,
    attendanceFile: 'attendance',
    peopleFile: 'people',
    peopleSheet: 'People',
  },
} satisfies Record<ApiLocale, unknown>

export type ExportLabels = (typeof labels)['zh-CN']

export function exportLabels(locale: ApiLocale): ExportLabels {
  return labels[locale]
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

/** "2026-12-01 14:30" in this computer's time zone, which is where the talk happened. */
export function localDateTime(instant: string | Date | null): string {
  if (!instant) return ''
  const date = new Date(instant)
  return `${localDate(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}`
}

export function localDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}
