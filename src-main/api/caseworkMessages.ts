import type { ApiLocale } from '../contract/locale'

/** Messages for alerts and follow-ups, pledges and the risk register (merged into the API catalogue). */
export const caseworkMessages: Record<ApiLocale, Record<string, string>> = {
  'zh-CN': {
    alert_not_found: '找不到这条预警，可能已被删除。',
    alert_phone_invalid: '请填写手机号或固定电话，或者留空',
    alert_already_entered: '这条预警（同一姓名、电话和时间）已经登记过了。',
    alert_import_no_header: '在文件前 10 行里没有找到“姓名”“预警级别”“预警时间”这几列，没有导入任何内容。',
    'field.level': '预警级别',
    'field.alertedAt': '预警时间',
    'field.method': '处置方式',
    'field.outcome': '处置结果',
    'field.followedAt': '处置时间',
    'field.alertId': '预警',
    pledge_not_found: '找不到这份承诺书记录，可能已被删除。',
    'field.template.title': '承诺书标题',
    'field.template.body': '承诺内容',
    'field.kind': '签署方式',
    'field.note': '备注',
  },
  en: {
    alert_not_found: 'This alert was not found; it may have been deleted.',
    alert_phone_invalid: 'Enter a mobile or landline number, or leave it empty',
    alert_already_entered: 'This alert (same name, phone and time) has already been entered.',
    alert_import_no_header: 'No columns for name, alert level and alert time were found in the first 10 rows; nothing was imported.',
    'field.level': 'Alert level',
    'field.alertedAt': 'Alert time',
    'field.method': 'How',
    'field.outcome': 'Outcome',
    'field.followedAt': 'Time of follow-up',
    'field.alertId': 'Alert',
    pledge_not_found: 'This pledge record was not found; it may have been deleted.',
    'field.template.title': 'Pledge title',
    'field.template.body': 'Promises',
    'field.kind': 'Signed for',
    'field.note': 'Note',
  },
}
