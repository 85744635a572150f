import { defineAreaMessages } from '../defineArea'

export default defineAreaMessages(
  {
    dailyReport: {
      heading: '工作群报告',
      period: '报告范围',
      periods: { day: '日报', week: '周报', month: '月报' },
      date: '日期',
      highlight: '亮点（可改）',
      problem: '问题（可改）',
      highlightHint: '例如：银发课堂老人们现场装好了APP',
      problemHint: '例如：部分老人没有智能手机',
      copy: { day: '复制今日报告', week: '复制本周报告', month: '复制本月报告' },
      copied: '已复制，可以粘贴到工作群了',
      copyFailed: '没有复制上：{message}',
      preview: '预览（只有数字，没有居民姓名和手机号）',
    },
  },
  {
    dailyReport: {
      heading: 'Work-group report',
      period: 'Report covers',
      periods: { day: 'Day', week: 'Week', month: 'Month' },
      date: 'Date',
      highlight: 'Highlight (editable)',
      problem: 'Problem (editable)',
      highlightHint: 'e.g. at the elderly class everyone installed the app on the spot',
      problemHint: 'e.g. some older residents have no smartphone',
      copy: { day: 'Copy today’s report', week: 'Copy this week’s report', month: 'Copy this month’s report' },
      copied: 'Copied; paste it into the work group',
      copyFailed: 'Not copied: {message}',
      preview: 'Preview (counts only, no residents’ names or phones)',
    },
  },
)
