import type { AttendeeFields } from '../../db/repositories/attendeesRepository'

type AgeGroup = NonNullable<AttendeeFields['ageGroup']>
type Gender = NonNullable<AttendeeFields['gender']>

/** A cell read as text: full-width digits and letters made plain, spaces trimmed. */
export function cleanCell(raw: string | undefined): string {
  return (raw ?? '').normalize('NFKC').trim()
}

export function ageGroupForAge(age: number): AgeGroup {
  if (age < 18) return 'under18'
  if (age <= 35) return '18-35'
  if (age <= 59) return '36-59'
  return '60plus'
}

const ageGroupWords: Array<[RegExp, AgeGroup]> = [
  [/^(under18|<18|18岁?以下|未满18岁?|未成年人?|少年|儿童|青少年|学生)$/, 'under18'],
  [/^(18[-~到至]35岁?|18[-~到至]35周岁|青年)$/, '18-35'],
  [/^(36[-~到至]59岁?|36[-~到至]59周岁|中年)$/, '36-59'],
  [/^(60plus|60\+|>=60|≥60|60岁?及?以上|60周岁及?以上|老年人?|老人|长者)$/, '60plus'],
]

/** 年龄 or 年龄段 as a worker types it: 72, 72岁, 60岁以上, 18-35, 老年, 60+. Undefined when unreadable. */
export function parseAgeGroup(raw: string): AgeGroup | null | undefined {
  const text = cleanCell(raw).toLowerCase().replace(/\s+/g, '').replace(/[—–]/g, '-')
  if (text === '') return null
  const age = /^(\d{1,3})(岁|周岁)?$/.exec(text)
  if (age) {
    const years = Number(age[1])
    return years <= 120 ? ageGroupForAge(years) : undefined
  }
  return ageGroupWords.find(([pattern]) => pattern.test(text))?.[1]
}

const genderWords: Record<string, Gender> = {
  男: 'male',
  男性: 'male',
  m: 'male',
  male: 'male',
  man: 'male',
  女: 'female',
  女性: 'female',
  f: 'female',
  female: 'female',
  woman: 'female',
}

export function parseGender(raw: string): Gender | null | undefined {
  const text = cleanCell(raw).toLowerCase()
  if (text === '') return null
  return genderWords[text]
}

const yesWords = new Set(['是', '同意', '已同意', '有', '对', 'y', 'yes', 'true', '1', '√', '✓', '✔', 'ok'])
const noWords = new Set(['否', '不同意', '未同意', '无', '不', 'n', 'no', 'false', '0', '×', '✗'])

/** A consent cell: true, false, or undefined when it says something else. Empty means no. */
export function parseConsent(raw: string): boolean | undefined {
  const text = cleanCell(raw).toLowerCase()
  if (text === '' || noWords.has(text)) return false
  return yesWords.has(text) ? true : undefined
}

/**
 * A phone cell as digits when a spreadsheet stored the number as a number: CSV saved from Excel
 * writes 13812345678 as 1.3812345678E10, and some programs add ".0". Anything else is left as written.
 */
export function phoneCellText(raw: string): string {
  const text = cleanCell(raw)
  const decimal = /^(\d+)\.0+$/.exec(text)
  if (decimal) return decimal[1]
  const scientific = /^(\d)(?:\.(\d+))?[eE]\+?(\d{1,2})$/.exec(text)
  if (!scientific) return text
  const [, whole, fraction = '', exponentText] = scientific
  const exponent = Number(exponentText)
  // Only when every digit is there: 1.38E10 has lost the rest of the number.
  if (fraction.length !== exponent) return text
  return `${whole}${fraction}`
}
