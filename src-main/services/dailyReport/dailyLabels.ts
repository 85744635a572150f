import type { ApiLocale } from '../../contract/locale'
import type { ReportPeriod } from '../../contract/dailyReport'

export function fillText(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))
}

/** The wording of the work-group report, per language. */
export const dailyLabels: Record<
  ApiLocale,
  Record<
    | 'activities'
    | 'noActivities'
    | 'typeCount'
    | 'people'
    | 'households'
    | 'shops'
    | 'bracket'
    | 'app'
    | 'semicolon'
    | 'regionChosen'
    | 'callAlert'
    | 'guardianLinked'
    | 'materials'
    | 'leaflets'
    | 'booklets'
    | 'posters'
    | 'item'
    | 'casework'
    | 'pledges'
    | 'followUps'
    | 'dissuaded'
    | 'riskVisits'
    | 'highlight'
    | 'problem'
    | 'none'
    | 'range',
    string
  > & { title: Record<ReportPeriod, string> }
> = {
  'zh-CN': {
    title: { day: '【反诈宣传日报】{date}', week: '【反诈宣传周报】{from} 至 {to}', month: '【反诈宣传月报】{month}' },
    range: '{from} 至 {to}',
    activities: '开展活动 {n} 场（{types}）',
    noActivities: '开展活动 0 场',
    typeCount: '{type} {n} 场',
    people: '覆盖群众 {n} 人',
    households: '入户 {n} 户',
    shops: '走访商铺 {n} 家',
    bracket: '（{text}）',
    app: '国家反诈中心APP：帮助安装 {installed} 人，完成注册 {registered} 人',
    semicolon: '；',
    regionChosen: '选常驻地区 {n} 人',
    callAlert: '开启来电预警 {n} 人',
    guardianLinked: '绑定家人守护 {n} 人',
    materials: '发放{items}',
    leaflets: '宣传单 {n} 份',
    booklets: '宣传册 {n} 本',
    posters: '海报 {n} 张',
    item: '{name} {n} {unit}',
    casework: '日常工作：{items}',
    pledges: '签订承诺书 {n} 份',
    followUps: '预警跟进 {n} 次（见面劝阻 {inPerson} 次）',
    dissuaded: '成功劝阻 {n} 起',
    riskVisits: '走访重点人员 {n} 次',
    highlight: '亮点：{text}',
    problem: '问题：{text}',
    none: '无',
  },
  en: {
    title: { day: '[Anti-fraud outreach, daily] {date}', week: '[Anti-fraud outreach, weekly] {from} to {to}', month: '[Anti-fraud outreach, monthly] {month}' },
    range: '{from} to {to}',
    activities: 'Activities held: {n} ({types})',
    noActivities: 'Activities held: 0',
    typeCount: '{type} {n}',
    people: 'People reached: {n}',
    households: '{n} households visited',
    shops: '{n} shops visited',
    bracket: ' ({text})',
    app: 'National Anti-Fraud Center app: helped {installed} install it, {registered} registered',
    semicolon: '; ',
    regionChosen: '{n} chose their home region',
    callAlert: '{n} switched on call alerts',
    guardianLinked: '{n} linked a family guardian',
    materials: 'Handed out: {items}',
    leaflets: '{n} leaflets',
    booklets: '{n} booklets',
    posters: '{n} posters',
    item: '{name} × {n} {unit}',
    casework: 'Casework: {items}',
    pledges: 'pledges signed {n}',
    followUps: 'alert follow-ups {n} (in person {inPerson})',
    dissuaded: 'talked out of a scam {n}',
    riskVisits: 'visits to people at risk {n}',
    highlight: 'Highlight: {text}',
    problem: 'Problem: {text}',
    none: 'none',
  },
}
