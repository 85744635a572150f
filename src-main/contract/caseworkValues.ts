// The allowed values of alerts, follow-ups, pledges and the risk register, with no zod, so the renderer's
// forms can list them without loading the schemas.
export const alertLevels = ['high', 'medium', 'low'] as const
export const alertSources = ['manual', 'import'] as const
export const pledgeKinds = ['person', 'household'] as const
export type PledgeKind = (typeof pledgeKinds)[number]
export const riskFlags = ['living_alone', 'left_behind', 'defrauded_before', 'student_parent', 'other'] as const
export type RiskFlag = (typeof riskFlags)[number]
export const riskVisitMethods = ['visit', 'call'] as const
export type RiskVisitMethod = (typeof riskVisitMethods)[number]
export const followUpMethods = ['call', 'visit', 'in_person'] as const
export const followUpOutcomes = ['dissuaded', 'no_answer', 'defrauded', 'not_fraud'] as const

export type AlertLevel = (typeof alertLevels)[number]
export type FollowUpMethod = (typeof followUpMethods)[number]
export type FollowUpOutcome = (typeof followUpOutcomes)[number]

/** Whole days after the alert's own day by which it must be followed up: high the same day, medium within 3 days, low within 7. */
export const ALERT_DUE_DAYS: Record<AlertLevel, number> = { high: 0, medium: 2, low: 6 }

/** The local midnight that ends an alert's last due day. */
export function alertDueAt(level: AlertLevel, alertedAt: Date): Date {
  const due = new Date(alertedAt)
  due.setHours(0, 0, 0, 0)
  due.setDate(due.getDate() + ALERT_DUE_DAYS[level] + 1)
  return due
}
