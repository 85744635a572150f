/** Messages for sign-up, the kiosk, pending sign-ups and early check-ins. */
export const signupMessages = {
  'zh-CN': {
    checkin_future_session: '这场活动还没到日子，报名只能登记，不能签到；没有保存任何内容。',
    checkin_future_session_field: '活动当天才能签到',
    held_future_needs_confirm: '这场活动的日期还没到。确实已经举办了吗？请确认后再标记为“已举办”；没有修改。',
    held_future_needs_confirm_field: '活动日期未到，标记“已举办”需要确认',
    early_checkins_changed: '提前签到的记录数已变为 {count} 条，请重新查看后再确认；没有撤销任何签到。',
    pending_signup_not_found: '找不到这条待确认的报名，可能已经处理过了。',
    'field.checkIn': '签到',
    'field.expectedCount': '确认的记录数',
    'field.resolution': '处理方式',
    'field.confirmFuture': '确认',
  },
  en: {
    checkin_future_session: "This session's day has not come yet: a sign-up now is a registration only, not a check-in. Nothing was saved.",
    checkin_future_session_field: "is possible only on the session's day",
    held_future_needs_confirm: "This session's day has not come yet. Confirm that it really was held before marking it held; nothing was changed.",
    held_future_needs_confirm_field: "needs confirming: the session's day has not come yet",
    early_checkins_changed: 'The number of check-ins made before the session day is now {count}; look again, then confirm. No check-in was undone.',
    pending_signup_not_found: 'That pending sign-up was not found; it may have been resolved already.',
    'field.checkIn': 'Check-in',
    'field.expectedCount': 'Confirmed count',
    'field.resolution': 'Resolution',
    'field.confirmFuture': 'Confirmation',
  },
}
