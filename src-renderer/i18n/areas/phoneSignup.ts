import { defineAreaMessages } from '../defineArea'

export default defineAreaMessages(
  {
    phoneSignup: {
      open: '手机扫码签到',
      heading: '手机扫码签到',
      network: '居民手机连接的网络',
      start: '开始',
      scan: '请居民用手机连上同一个 Wi-Fi 或热点，再扫描二维码（微信、相机都可以）。',
      qrAlt: '手机签到二维码：{url}',
      count: '手机签到 {count} 人',
      closesAt: '{time} 自动结束',
      close: '结束手机签到',
      hide: '收起',
      failed: '没有打开：{message}',
      noNetwork: '这台电脑没有连上任何局域网。请先开启移动热点或连上 Wi-Fi（见 README“手机扫码签到”）。',
    },
  },
  {
    phoneSignup: {
      open: 'Phone sign-up (QR code)',
      heading: 'Phone sign-up',
      network: 'Network the residents’ phones join',
      start: 'Start',
      scan: 'Residents join the same Wi-Fi or hotspot on their phones, then scan the QR code (WeChat or the camera).',
      qrAlt: 'Phone sign-up QR code: {url}',
      count: '{count} signed up on phones',
      closesAt: 'Ends automatically at {time}',
      close: 'End phone sign-up',
      hide: 'Hide',
      failed: 'Not opened: {message}',
      noNetwork: 'This computer is not on any local network. Turn on a mobile hotspot or join a Wi-Fi network first (see “Phone sign-up” in the README).',
    },
  },
)
