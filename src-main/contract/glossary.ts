/**
 * The app's fixed anti-fraud terms and the one English wording each is given, so a resident meets the same
 * words on every slide, handout and screen. `en` is what must appear (case aside) in any English text whose
 * Chinese uses the term; `explain` is the everyday meaning to give the first time a deck uses it.
 */
export interface GlossaryTerm {
  zh: string
  en: string
  explain: string
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  { zh: '三不一多', en: "Three Don'ts, One Double-Check", explain: "Three don'ts and one double-check: the four-line rule for links, calls, personal details and money." },
  { zh: '一多', en: 'double-check', explain: 'Double-check every transfer or remittance before money leaves your account.' },
  { zh: '八个凡是', en: 'always a scam', explain: 'The eight situations that are always a scam, with no exceptions.' },
  { zh: '公检法', en: 'police, prosecutors or courts', explain: 'The police, the prosecutors (the state lawyers) and the courts.' },
  { zh: '刷单', en: 'order-boosting', explain: 'Being paid to place fake orders that make a shop look busy; the “pay” is bait.' },
  { zh: '杀猪盘', en: 'pig-butchering', explain: 'A romance or friendship scam: the scammer wins your trust, then talks you into “investing”.' },
  { zh: '两卡', en: 'bank cards and phone cards', explain: 'Your bank cards (and payment accounts) and your phone (SIM) cards.' },
  { zh: '断卡', en: 'Card Cut-Off', explain: 'The police campaign against selling, lending or renting out bank cards and phone cards.' },
  { zh: '安全账户', en: 'safe account', explain: 'There is no such thing: any “safe account” is the scammer’s account.' },
  { zh: '网银', en: 'online banking', explain: 'Using your bank account through the internet or a phone app.' },
  { zh: '验证码', en: 'code', explain: 'The one-time code your bank or app sends by text message.' },
  { zh: '国家反诈中心', en: 'National Anti-Fraud Center', explain: 'The national police anti-fraud centre; its app warns you about scam calls and messages.' },
  { zh: '96110', en: '96110', explain: 'The anti-fraud warning line: a call from it is a warning, and you can call it to ask.' },
  { zh: '12381', en: '12381', explain: 'The number that sends warning text messages when you may be the target of a scam.' },
  { zh: '冒充客服', en: 'customer service', explain: 'Scammers pretending to be a shop’s or courier’s customer service.' },
  { zh: '领导', en: 'boss', explain: 'Someone above you at work.' },
  { zh: '刷单返利', en: 'order-boosting', explain: 'A fake job placing orders for a “rebate” or commission; you must pay in first, then cannot get your money out.' },
  { zh: '虚假投资理财', en: 'fake investment', explain: 'A fake investment or money-management platform that shows “profits” but never pays out.' },
  { zh: '虚假网络贷款', en: 'fake online loan', explain: 'An online “loan” that asks for fees before any money comes, and never comes.' },
  { zh: '反电信网络诈骗法', en: 'Anti-Telecom and Online Fraud Law', explain: 'The national law against phone and online fraud, in force since 1 December 2022.' },
  { zh: '一证通查', en: 'One-ID Check', explain: 'A free official check of how many phone numbers are registered to your ID card.' },
  { zh: '一键查卡', en: 'One-Tap Card Check', explain: 'A free service in the UnionPay (云闪付) app that lists the bank cards in your name.' },
  { zh: '云闪付', en: 'UnionPay app', explain: 'China UnionPay’s official phone app, 云闪付 (Yun Shan Fu).' },
  { zh: '以房养老', en: 'home-for-pension', explain: 'Schemes that promise an income for old age if you sign over or mortgage your home.' },
  { zh: '保健品', en: 'health supplements', explain: 'Pills and tonics sold as good for health; they are not medicine.' },
  { zh: '暗号', en: 'code word', explain: 'A word only your family knows, to tell a real relative from a fake on the phone.' },
  { zh: 'AI换脸', en: 'AI face-swap', explain: 'A computer puts someone else’s face on a video, so a stranger looks like your relative.' },
  { zh: '养老诈骗', en: 'scams aimed at older people', explain: 'Frauds that use care, pensions or health in old age as bait.' },
]

/**
 * Official words residents cannot act on. Wherever a slide uses one (on screen or in its notes), the same slide
 * must also say what it means in everyday words: `plain` is the phrase that explanation contains.
 */
export const JARGON: readonly { zh: string; plain: string }[] = [
  { zh: '物联网卡', plain: '装在机器、设备里' },
  { zh: '虚拟运营商', plain: '三大运营商以外' },
  { zh: '对公账户', plain: '单位' },
  { zh: '非柜面业务', plain: '柜台' },
  { zh: '入网', plain: '新的手机卡' },
  { zh: '帮助信息网络犯罪活动罪', plain: '帮骗子' },
  { zh: '黑灰产', plain: '非法生意' },
  { zh: '木马程序', plain: '偷偷' },
  { zh: '改号', plain: '来电显示' },
  { zh: '量体裁衣', plain: '看人' },
  { zh: '精准制导', plain: '专挑' },
  { zh: '网银', plain: '网上银行' },
]

/** Terms whose Chinese appears in `zh` but whose fixed English is missing from `en`. */
export function glossaryMismatches(zh: string, en: string): GlossaryTerm[] {
  // 八个“凡是” is still 八个凡是: quotation marks inside a term do not make it another term.
  const chinese = zh.replace(/[“”‘’"'「」]/g, '')
  const english = en.toLowerCase().replace(/[“”"]/g, '')
  return GLOSSARY.filter((term) => chinese.includes(term.zh) && !english.includes(term.en.toLowerCase()))
}
