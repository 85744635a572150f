/** Speaker notes far longer than one page holds, each sentence numbered so a lost piece would show. */
export const LONG_NOTES = Array.from({ length: 80 }, (_, index) => `第${index + 1}句：接到陌生来电先挂断，再打96110核实。`)
  .join('')
  .slice(0, 2000)

const LONG_NOTES_EN = Array.from({ length: 60 }, (_, index) => `Sentence ${index + 1}: hang up on a stranger's call and check with 96110.`)
  .join(' ')
  .slice(0, 2000)

/** A custom deck whose notes must flow across several notes pages. */
export function longNotesDeck() {
  return {
    format: 'outreach-deck',
    version: 1,
    id: 'long-notes-print',
    title: { 'zh-CN': '长讲稿测试', en: 'Long notes test' },
    description: { 'zh-CN': '讲稿很长的幻灯片。', en: 'Slides with very long notes.' },
    slides: [
      { kind: 'title', id: 'first', title: { 'zh-CN': '先挂断，再核实', en: 'Hang up, then check' }, notes: { 'zh-CN': LONG_NOTES, en: LONG_NOTES_EN } },
      { kind: 'statement', id: 'second', text: { 'zh-CN': '拿不准，打96110', en: 'Not sure? Call 96110' }, notes: { 'zh-CN': '短讲稿。', en: 'Short notes.' } },
    ],
  }
}
