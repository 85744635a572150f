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
  { zh: '两卡', en: 'two cards', explain: 'Your bank cards and your phone (SIM) cards.' },
  { zh: '断卡', en: 'Card Cut-Off', explain: 'The police campaign against selling, lending or renting out bank cards and phone cards.' },
  { zh: '安全账户', en: 'safe account', explain: 'There is no such thing: any “safe account” is the scammer’s account.' },
  { zh: '网银', en: 'online banking', explain: 'Using your bank account through the internet or a phone app.' },
  { zh: '验证码', en: 'code', explain: 'The one-time code your bank or app sends by text message.' },
  { zh: '国家反诈中心', en: 'National Anti-Fraud Center', explain: 'The national police anti-fraud centre; its app warns you about scam calls and messages.' },
  { zh: '96110', en: '96110', explain: 'The anti-fraud warning line: a call from it is a warning, and you can call it to ask.' },
  { zh: '12381', en: '12381', explain: 'The number that sends warning text messages when you may be the target of a scam.' },
  { zh: '冒充客服', en: 'customer service', explain: 'Scammers pretending to be a shop’s or courier’s customer service.' },
  { zh: '领导', en: 'boss', explain: 'Someone above you at work.' },
]

/** Terms whose Chinese appears in `zh` but whose fixed English is missing from `en`. */
export function glossaryMismatches(zh: string, en: string): GlossaryTerm[] {
  const english = en.toLowerCase()
  return GLOSSARY.filter((term) => zh.includes(term.zh) && !english.includes(term.en.toLowerCase()))
}
