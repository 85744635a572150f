import type { ApiLocale } from './locale'

export interface PledgeTemplate {
  title: string
  /** One promise a line; the print numbers them. */
  body: string
}

/** The built-in pledge, used until the worker edits it. */
export const defaultPledgeTemplate: Record<ApiLocale, PledgeTemplate> = {
  'zh-CN': {
    title: '防范电信网络诈骗承诺书',
    body: [
      '不出售、出借、出租本人或家人的银行卡、手机卡、微信和支付宝账户。',
      '不帮陌生人转账、取现、刷单，不提供收款码，不做“跑分”。',
      '安装并注册“国家反诈中心”APP，开启来电预警。',
      '接到自称公检法、客服、领导的要钱电话，先挂断，再打 96110 或 110 核实。',
      '把反诈知识讲给家人，特别是老人和孩子。',
    ].join('\n'),
  },
  en: {
    title: 'Anti-fraud pledge',
    body: [
      "I will not sell, lend or rent my or my family's bank cards, SIM cards, WeChat or Alipay accounts.",
      'I will not move, withdraw or receive money for strangers, nor lend my payment code.',
      'I will install and register the National Anti-Fraud Center app and turn on call warnings.',
      'When a caller claiming to be police, customer service or a boss asks for money, I will hang up and check with 96110 or 110.',
      'I will share what I learned with my family, especially the elderly and children.',
    ].join('\n'),
  },
}
