import { enumLabels } from '@contract/labels'

export default {
  app: { name: '反诈宣讲台', tagline: '社区反诈宣传工作台' },
  nav: { sessions: '宣讲活动', people: '人员', decks: '幻灯片', print: '打印', reports: '统计', ledger: '台账', alerts: '预警劝阻', risk: '重点人员', settings: '设置' },
  language: { label: '语言', 'zh-CN': '中文', en: 'English' },
  sessions: {
    title: '宣讲活动',
    empty: '还没有宣讲活动。在上面填写标题、时间和地点，登记第一场。',
    count: '共 {n} 场',
    loading: '正在读取…',
    loadFailed: '读取活动列表失败：{message}',
    retry: '重试',
    columns: { startsAt: '时间', title: '标题', place: '地点', status: '状态', attendance: '到场 / 报名' },
    status: enumLabels['zh-CN'].sessionStatus,
    form: {
      heading: '登记新活动',
      title: '标题',
      titlePlaceholder: '例如：守护“钱袋子”——防范电信网络诈骗讲座',
      startsAt: '日期和时间',
      place: '地点',
      placePlaceholder: '例如：幸福社区党群服务中心二楼',
      submit: '登记活动',
      saving: '正在保存…',
      saved: '已登记：{title}',
      required: '必填',
    },
  },
}
