import { defineAreaMessages } from '../defineArea'
import { enumLabels } from '@contract/labels'

export default defineAreaMessages(
  {
    riskRegister: {
      title: '重点人员',
      intro: '独居老人、留守老人、曾受骗、学生家长等容易被骗的居民。在“人员”页打开某人，点一下类别就登记进来；每次上门或打电话记一笔，这里列出很久没走访的人。',
      filterBefore: '只看',
      filterAfter: '天内没有走访过的',
      filterHint: '清空天数就显示全部重点人员。',
      count: '共 {n} 人',
      empty: '没有符合条件的重点人员。',
      never: '从未走访',
      personHeading: '重点人员',
      visitNote: '走访情况（可不填）',
      recordVisit: '记一次上门',
      recordCall: '记一次电话',
      failed: '没有保存：{message}',
      flags: enumLabels['zh-CN'].riskFlag,
      methods: enumLabels['zh-CN'].riskVisitMethod,
      columns: { name: '姓名', phone: '手机号', neighbourhood: '小区', flags: '类别', lastVisit: '最近走访', visits: '走访次数' },
    },
  },
  {
    riskRegister: {
      title: 'Risk register',
      intro:
        'Residents more likely to be defrauded: elderly living alone or with family away, people defrauded before, parents of students. Open a person on the People page and click a flag to add them; record each visit or call, and this page lists who has not been visited for a while.',
      filterBefore: 'Only those not visited in',
      filterAfter: 'days',
      filterHint: 'Clear the days to see everyone on the register.',
      count: '{n} people',
      empty: 'Nobody on the register matches.',
      never: 'Never visited',
      personHeading: 'Risk register',
      visitNote: 'What happened (optional)',
      recordVisit: 'Record a visit',
      recordCall: 'Record a call',
      failed: 'Not saved: {message}',
      flags: enumLabels.en.riskFlag,
      methods: enumLabels.en.riskVisitMethod,
      columns: { name: 'Name', phone: 'Mobile', neighbourhood: 'Neighbourhood', flags: 'Flags', lastVisit: 'Last visit', visits: 'Visits' },
    },
  },
)
