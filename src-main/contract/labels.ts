import type { ApiLocale } from './locale'
import type { ActivityType } from './ledger'
import type { ageGroups, attendanceSources, genders } from './people'
import type { sessionStatuses } from './sessions'
import type { MaterialKind } from './materials'

type AgeGroup = (typeof ageGroups)[number]
type Gender = (typeof genders)[number]
type AttendanceSource = (typeof attendanceSources)[number]
type SessionStatus = (typeof sessionStatuses)[number]

/** How each enum value reads, per language: one table used alike by screens, exports and prints. */
export interface EnumLabels {
  ageGroup: Record<AgeGroup | 'unknown', string>
  gender: Record<Gender, string>
  attendanceSource: Record<AttendanceSource, string>
  activityType: Record<ActivityType, string>
  sessionStatus: Record<SessionStatus, string>
  materialKind: Record<MaterialKind, string>
}

export const enumLabels: Record<ApiLocale, EnumLabels> = {
  'zh-CN': {
    ageGroup: { under18: '18岁以下', '18-35': '18–35岁', '36-59': '36–59岁', '60plus': '60岁及以上', unknown: '未填' },
    gender: { female: '女', male: '男' },
    attendanceSource: { signup: '报名', walkin: '现场登记', import: '导入', kiosk: '自助登记', phone: '手机扫码' },
    activityType: { talk: '宣讲', door_to_door: '入户宣传', shops: '商铺走访', stall: '摆摊宣传', elderly_class: '银发课堂', other: '其他' },
    sessionStatus: { planned: '计划中', held: '已举办', cancelled: '已取消' },
    materialKind: { leaflet: '宣传单', booklet: '宣传册', poster: '海报', prize: '奖品', other: '其他' },
  },
  en: {
    ageGroup: { under18: 'Under 18', '18-35': '18–35', '36-59': '36–59', '60plus': '60 and over', unknown: 'Not given' },
    gender: { female: 'Female', male: 'Male' },
    attendanceSource: { signup: 'Signed up', walkin: 'Walk-in', import: 'Imported', kiosk: 'Self sign-up', phone: 'Phone' },
    activityType: { talk: 'Talk', door_to_door: 'Door to door', shops: 'Shop visits', stall: 'Street stall', elderly_class: 'Elderly class', other: 'Other' },
    sessionStatus: { planned: 'Planned', held: 'Held', cancelled: 'Cancelled' },
    materialKind: { leaflet: 'Leaflet', booklet: 'Booklet', poster: 'Poster', prize: 'Prize', other: 'Other' },
  },
}

export type EnumKind = keyof EnumLabels
