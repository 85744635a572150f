import type { ApiLocale } from '../contract/locale'

/** Messages for quotas, the daily report and materials (merged into the API catalogue). */
export const workMessages: Record<ApiLocale, Record<string, string>> = {
  'zh-CN': {
    period_invalid: '月份要写成 2026-12 这样',
    material_not_found: '找不到这种物资，可能已被删除。',
    material_name_taken: '已经有同名的物资了',
    material_stock_short: '库存不够：还剩 {stock}',
    'field.period': '月份',
    'field.registrations': '注册任务数',
    'field.installs': '安装任务数',
    'field.regionChosen': '已选常驻地区',
    'field.callAlert': '已开启来电预警',
    'field.guardianLinked': '已绑定家人守护',
    'field.highlight': '亮点',
    'field.problem': '问题',
    'field.unit': '单位',
    'field.lowStock': '低库存提醒',
    'field.quantity': '数量',
  },
  en: {
    period_invalid: 'Write the month as 2026-12',
    material_not_found: 'This item could not be found; it may have been deleted.',
    material_name_taken: 'There is already an item with this name',
    material_stock_short: 'Not enough in stock: {stock} left',
    'field.period': 'Month',
    'field.registrations': 'Registration quota',
    'field.installs': 'Install quota',
    'field.regionChosen': 'Home region chosen',
    'field.callAlert': 'Call alerts on',
    'field.guardianLinked': 'Family guardian linked',
    'field.highlight': 'Highlight',
    'field.problem': 'Problem',
    'field.unit': 'Unit',
    'field.lowStock': 'Low-stock warning',
    'field.quantity': 'Quantity',
  },
}
