import type { ApiLocale } from './locale'

const PART_LABELS: Record<ApiLocale, Record<string, string>> = {
  'zh-CN': {
    format: '文件类型',
    version: '版本',
    id: '编号',
    title: '标题',
    subtitle: '副标题',
    description: '简介',
    variables: '变量',
    slides: '幻灯片',
    kind: '类型',
    notes: '讲稿',
    bullets: '要点',
    text: '正文',
    caption: '说明',
    image: '图片',
    imageAlt: '图片说明',
    pictogram: '图标',
    audience: '听众',
    sources: '资料来源',
    question: '题目',
    options: '选项',
    answer: '答案',
    explanation: '解释',
    'zh-CN': '中文',
    en: '英文',
  },
  en: {
    format: 'file type',
    version: 'version',
    id: 'id',
    title: 'title',
    subtitle: 'subtitle',
    description: 'description',
    variables: 'variables',
    slides: 'slides',
    kind: 'kind',
    notes: 'notes',
    bullets: 'bullet',
    text: 'text',
    caption: 'caption',
    image: 'image',
    imageAlt: 'image description',
    pictogram: 'pictogram',
    audience: 'audience',
    sources: 'sources',
    question: 'question',
    options: 'option',
    answer: 'answer',
    explanation: 'explanation',
    'zh-CN': 'Chinese',
    en: 'English',
  },
}

/** "slides.2.bullets.0.en" → "第 3 张幻灯片 › 要点 1 › 英文" / "slide 3 › bullet 1 › English". */
export function deckPathLabel(path: string, locale: ApiLocale): string {
  if (path === '_') return locale === 'zh-CN' ? '文件' : 'file'
  const labels = PART_LABELS[locale]
  const parts = path.split('.')
  const out: string[] = []
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    const next = parts[i + 1]
    if (next !== undefined && /^\d+$/.test(next)) {
      const n = Number(next) + 1
      if (part === 'slides') out.push(locale === 'zh-CN' ? `第 ${n} 张幻灯片` : `slide ${n}`)
      else out.push(`${labels[part] ?? part} ${n}`)
      i++
    } else {
      out.push(labels[part] ?? part)
    }
  }
  return out.join(' › ')
}
