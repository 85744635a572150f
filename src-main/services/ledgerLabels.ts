import type { ApiLocale } from '../contract/locale'
import { enumLabels } from '../contract/labels'

/** Column and sheet names of the exported ledger, in the worker's language. */
export const ledgerLabels = {
  'zh-CN': {
    title: '反诈宣传台账',
    range: '{from} 至 {to}',
    ledgerSheet: '宣传台账',
    photoSheet: '活动照片',
    columns: ['日期', '活动类型', '活动名称', '地点', '网格', '宣讲人', '覆盖人数', '入户户数', '走访商铺', '安装反诈APP', '完成注册', '宣传单', '宣传册', '海报', '照片数'],
    quizColumns: ['小测开场答对率', '小测结束答对率'],
    photoColumns: ['日期', '活动名称', '文件名', '缩略图'],
    total: '合计',
    activities: '{n} 场活动',
    noPhotos: '这段时间的活动没有照片。',
    signatures: ['填报单位：', '填报人：', '审核人：', '日期：'],
    file: '宣传台账',
    types: enumLabels['zh-CN'].activityType,
  },
  en: {
    title: 'Anti-fraud outreach ledger',
    range: '{from} to {to}',
    ledgerSheet: 'Ledger',
    photoSheet: 'Photos',
    columns: [
      'Date',
      'Type',
      'Activity',
      'Place',
      'Grid',
      'Presenters',
      'People reached',
      'Households',
      'Shops',
      'App installs',
      'Registrations',
      'Leaflets',
      'Booklets',
      'Posters',
      'Photos',
    ],
    quizColumns: ['Quiz right before', 'Quiz right after'],
    photoColumns: ['Date', 'Activity', 'File name', 'Thumbnail'],
    total: 'Total',
    activities: 'activities: {n}',
    noPhotos: 'No photos for the activities in this range.',
    signatures: ['Reporting unit:', 'Prepared by:', 'Checked by:', 'Date:'],
    file: 'outreach-ledger',
    types: enumLabels.en.activityType,
  },
} satisfies Record<ApiLocale, unknown>

export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''))
}
