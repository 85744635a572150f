import type { ApiLocale } from './locale'

type Catalogue = Record<string, string>

/** Messages a worker reads; `{name}` placeholders are filled from the error's params. */
const messages: Record<ApiLocale, Catalogue> = {
  'zh-CN': {
    invalid_input: '输入有误：{details}',
    invalid_json: '请求内容不是有效的 JSON。',
    unknown_method: '没有名为“{method}”的功能。',
    forbidden: '这个来源不能调用本程序的功能。',
    not_found: '找不到该记录，可能已被删除。',
    session_not_found: '找不到这场宣讲活动，可能已被删除。',
    conflict: '这条记录与已有数据冲突，没有保存。',
    payload_too_large: '提交的内容太大了。',
    storage_error: '数据没能保存到磁盘：{reason}。请检查磁盘空间和文件权限，再试一次。',
    internal: '程序出了点问题，操作没有完成。请再试一次。',
    required: '必填',
    wrong_type: '格式不对（应为{expected}）',
    too_short: '至少需要 {minimum} 个字',
    too_long: '最多 {maximum} 个字',
    too_small_number: '不能小于 {minimum}',
    too_big_number: '不能大于 {maximum}',
    too_few_items: '至少需要 {minimum} 项',
    too_many_items: '最多 {maximum} 项',
    invalid_datetime: '请填写有效的日期和时间',
    invalid_option: '请从给定选项中选择',
    unknown_fields: '有不认识的字段：{keys}',
    not_blank: '不能只填空格',
    invalid_value: '取值无效',
    'type.string': '文字',
    'type.number': '数字',
    'type.boolean': '是/否',
    'type.object': '对象',
    'type.array': '列表',
    'field.title': '标题',
    'field.startsAt': '开始时间',
    'field.place': '地点',
    'field.durationMinutes': '时长（分钟）',
    'field.presenters': '宣讲人',
    'field.audience': '对象人群',
    'field.status': '状态',
    'field.notes': '备注',
    'field.id': '编号',
  },
  en: {
    invalid_input: 'Please check the input: {details}',
    invalid_json: 'The request body is not valid JSON.',
    unknown_method: 'There is no function called "{method}".',
    forbidden: 'Calls from this origin are not allowed.',
    not_found: 'That record was not found; it may have been deleted.',
    session_not_found: 'That outreach session was not found; it may have been deleted.',
    conflict: 'This record conflicts with existing data and was not saved.',
    payload_too_large: 'What was sent is too large.',
    storage_error: 'The data could not be saved to disk: {reason}. Check free disk space and file permissions, then try again.',
    internal: 'Something went wrong and the action did not finish. Please try again.',
    required: 'is required',
    wrong_type: 'has the wrong format (expected {expected})',
    too_short: 'needs at least {minimum} characters',
    too_long: 'allows at most {maximum} characters',
    too_small_number: 'must be at least {minimum}',
    too_big_number: 'must be at most {maximum}',
    too_few_items: 'needs at least {minimum} items',
    too_many_items: 'allows at most {maximum} items',
    invalid_datetime: 'must be a valid date and time',
    invalid_option: 'must be one of the offered choices',
    unknown_fields: 'has unknown fields: {keys}',
    not_blank: 'must not be only spaces',
    invalid_value: 'is not a valid value',
    'type.string': 'text',
    'type.number': 'a number',
    'type.boolean': 'yes/no',
    'type.object': 'an object',
    'type.array': 'a list',
    'field.title': 'Title',
    'field.startsAt': 'Start time',
    'field.place': 'Place',
    'field.durationMinutes': 'Duration (minutes)',
    'field.presenters': 'Presenters',
    'field.audience': 'Audience',
    'field.status': 'Status',
    'field.notes': 'Notes',
    'field.id': 'ID',
  },
}

export function hasMessage(key: string): boolean {
  return key in messages.en
}

export function translate(locale: ApiLocale, key: string, params: Record<string, string | number> = {}): string {
  const template = messages[locale][key] ?? messages.en[key] ?? key
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

export function fieldLabel(locale: ApiLocale, path: string): string {
  const key = `field.${path.split('.').pop()}`
  return hasMessage(key) ? translate(locale, key) : path
}
