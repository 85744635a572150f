import { defineAreaMessages } from '../defineArea'

export default defineAreaMessages(
  {
    appSetup: {
      heading: '反诈APP设置',
      hint: '点一下记上，再点一下取消。每人只记一次，不分场次。',
      failed: '没有记录上：{message}',
      regionChosen: { short: '区', label: '已选常驻地区' },
      callAlert: { short: '警', label: '已开启来电预警' },
      guardianLinked: { short: '护', label: '已绑定家人守护' },
    },
  },
  {
    appSetup: {
      heading: 'Anti-fraud app set-up',
      hint: 'Click to mark, click again to clear. Kept once per person, not per session.',
      failed: 'Not recorded: {message}',
      regionChosen: { short: 'Rgn', label: 'Home region chosen' },
      callAlert: { short: 'Alt', label: 'Call alerts (来电预警) on' },
      guardianLinked: { short: 'Fam', label: 'Family guardian (家人守护) linked' },
    },
  },
)
