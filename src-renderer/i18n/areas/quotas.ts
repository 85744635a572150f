import { defineAreaMessages } from '../defineArea'

export default defineAreaMessages(
  {
    quotas: {
      heading: '反诈APP任务完成情况（{period}）',
      empty: '这个月还没有给网格定任务，也还没有人装APP。在下面给网格定任务。',
      community: '全社区',
      columns: { grid: '网格', installs: '安装 已完成 / 任务', registrations: '注册 已完成 / 任务', notReached: '来过但还没注册的人' },
      fraction: '{done} / {quota}（{rate}）',
      notReachedCount: '{n} 人',
      allReached: '都已注册',
      chooseGrid: '选择网格',
      installQuota: '安装任务',
      registrationQuota: '注册任务',
      save: '保存本月任务',
      saved: '任务已保存',
    },
  },
  {
    quotas: {
      heading: 'Anti-fraud app quotas ({period})',
      empty: 'No grid has a quota for this month and nobody has installed the app yet. Set a grid’s quota below.',
      community: 'Whole community',
      columns: { grid: 'Grid', installs: 'Installs done / quota', registrations: 'Registrations done / quota', notReached: 'Came but not registered' },
      fraction: '{done} / {quota} ({rate})',
      notReachedCount: '{n} people',
      allReached: 'All registered',
      chooseGrid: 'Choose a grid',
      installQuota: 'Install quota',
      registrationQuota: 'Registration quota',
      save: 'Save this month’s quota',
      saved: 'Quota saved',
    },
  },
)
