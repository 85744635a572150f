import { defineAreaMessages } from '../defineArea'

export default defineAreaMessages(
  {
    ledgerCasework: {
      heading: '预警劝阻、承诺书和重点人员走访',
      note: '来自“预警劝阻”等页面里已有的记录，不用另外填写；只有数字，没有姓名和电话。',
      loadFailed: '读取失败：{message}',
      items: {
        alertsReceived: '接到预警',
        followUps: '跟进处置',
        inPerson: '见面劝阻',
        dissuaded: '已劝阻',
        defrauded: '已被骗',
        notFraud: '非诈骗',
        overdue: '未按时处置',
        pledgesPerson: '个人承诺书',
        pledgesHousehold: '家庭承诺书',
        riskFlagged: '重点人员',
        riskVisits: '重点人员走访',
        riskPeopleVisited: '走访人数',
      },
    },
  },
  {
    ledgerCasework: {
      heading: 'Alert follow-ups, pledges and risk-register visits',
      note: 'Taken from the records already kept on the Alerts and other pages, never typed again; counts only, no names or phones.',
      loadFailed: 'Could not load: {message}',
      items: {
        alertsReceived: 'Alerts received',
        followUps: 'Follow-ups',
        inPerson: 'In person',
        dissuaded: 'Dissuaded',
        defrauded: 'Defrauded',
        notFraud: 'Not fraud',
        overdue: 'Late',
        pledgesPerson: 'Personal pledges',
        pledgesHousehold: 'Household pledges',
        riskFlagged: 'On risk register',
        riskVisits: 'Register visits',
        riskPeopleVisited: 'People visited',
      },
    },
  },
)
