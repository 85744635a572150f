import type { ApiLocale } from './locale'
import type { ActivityType } from './ledger'
import type { ageGroups, attendanceSources, genders } from './people'
import type { sessionStatuses } from './sessions'
import type { MaterialKind } from './materials'
import type { AlertLevel, FollowUpMethod, FollowUpOutcome, PledgeKind, RiskFlag, RiskVisitMethod } from './caseworkValues'

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
  alertLevel: Record<AlertLevel, string>
  followUpMethod: Record<FollowUpMethod, string>
  followUpOutcome: Record<FollowUpOutcome, string>
  pledgeKind: Record<PledgeKind, string>
  riskFlag: Record<RiskFlag, string>
  riskVisitMethod: Record<RiskVisitMethod, string>
}

export const enumLabels: Record<ApiLocale, EnumLabels> = {
  'zh-CN': {
    ageGroup: { under18: '18岁以下', '18-35': '18–35岁', '36-59': '36–59岁', '60plus': '60岁及以上', unknown: '未填' },
    gender: { female: '女', male: '男' },
    attendanceSource: { signup: '报名', walkin: '现场登记', import: '导入', kiosk: '自助登记', phone: '手机扫码' },
    activityType: { talk: '宣讲', door_to_door: '入户宣传', shops: '商铺走访', stall: '摆摊宣传', elderly_class: '银发课堂', other: '其他' },
    sessionStatus: { planned: '计划中', held: '已举办', cancelled: '已取消' },
    materialKind: { leaflet: '宣传单', booklet: '宣传册', poster: '海报', prize: '奖品', other: '其他' },
    alertLevel: { high: '高', medium: '中', low: '低' },
    followUpMethod: { call: '电话', visit: '上门', in_person: '见面劝阻' },
    followUpOutcome: { dissuaded: '已劝阻', no_answer: '未接通', defrauded: '已被骗', not_fraud: '非诈骗' },
    pledgeKind: { person: '本人', household: '代表全家（户）' },
    riskFlag: { living_alone: '独居老人', left_behind: '留守老人', defrauded_before: '曾受骗', student_parent: '学生家长', other: '其他' },
    riskVisitMethod: { visit: '上门走访', call: '电话回访' },
  },
  en: {
    ageGroup: { under18: 'Under 18', '18-35': '18–35', '36-59': '36–59', '60plus': '60 and over', unknown: 'Not given' },
    gender: { female: 'Female', male: 'Male' },
    attendanceSource: { signup: 'Signed up', walkin: 'Walk-in', import: 'Imported', kiosk: 'Self sign-up', phone: 'Phone' },
    activityType: { talk: 'Talk', door_to_door: 'Door to door', shops: 'Shop visits', stall: 'Street stall', elderly_class: 'Elderly class', other: 'Other' },
    sessionStatus: { planned: 'Planned', held: 'Held', cancelled: 'Cancelled' },
    materialKind: { leaflet: 'Leaflet', booklet: 'Booklet', poster: 'Poster', prize: 'Prize', other: 'Other' },
    alertLevel: { high: 'High', medium: 'Medium', low: 'Low' },
    followUpMethod: { call: 'Phone call', visit: 'Home visit', in_person: 'Dissuaded in person' },
    followUpOutcome: { dissuaded: 'Dissuaded', no_answer: 'No answer', defrauded: 'Already defrauded', not_fraud: 'Not fraud' },
    pledgeKind: { person: 'Myself', household: 'My household' },
    riskFlag: {
      living_alone: 'Elderly, living alone',
      left_behind: 'Elderly, family away',
      defrauded_before: 'Defrauded before',
      student_parent: 'Parent of a student',
      other: 'Other',
    },
    riskVisitMethod: { visit: 'Home visit', call: 'Phone call' },
  },
}

export type EnumKind = keyof EnumLabels
