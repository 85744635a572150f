import type { Database } from '../../src-main/db/database'
import { nameSearchKeys } from '../../src-main/domain/nameSearchKeys'

/** mulberry32: a small fixed-seed PRNG so every run seeds the same people. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红建国文斌辉鹏宇浩然子轩梓涵欣怡雨桐思远晨阳佳琪志强淑珍德福桂花凤英建华海燕春梅'
const AGE_GROUPS = ['under18', '18-35', '36-59', '60plus'] as const

export interface SeedPlan {
  people: number
  sessions: number
  perSession: number
}

export interface SeededData {
  sessionIds: string[]
  attendeeIds: string[]
  /** People not on the first session's roster, for check-in timing. */
  notOnFirstSession: string[]
  phones: string[]
}

function uuidFrom(prefix: number, index: number): string {
  const hex = index.toString(16).padStart(12, '0')
  return `${prefix.toString(16).padStart(8, '0')}-0000-4000-8000-${hex}`
}

/** Person i's unique mobile: 7919 is coprime to 10^8, so i → i·7919 mod 10^8 never repeats below 10^8. */
function phoneFor(index: number): string {
  return `139${String((index * 7919) % 100_000_000).padStart(8, '0')}`
}

async function insertInBatches(db: Database, head: string, rowCount: number, columns: number, rowValues: (i: number) => unknown[]): Promise<void> {
  const perStatement = Math.floor(30_000 / columns)
  const placeholders = `(${Array(columns).fill('?').join(',')})`
  const perTransaction = 50_000
  for (let start = 0; start < rowCount; start += perTransaction) {
    const end = Math.min(rowCount, start + perTransaction)
    await db.write(async (tx) => {
      for (let from = start; from < end; from += perStatement) {
        const to = Math.min(end, from + perStatement)
        const params: unknown[] = []
        for (let i = from; i < to; i++) params.push(...rowValues(i))
        await tx.run(
          `${head} VALUES ${Array(to - from)
            .fill(placeholders)
            .join(',')}`,
          params,
        )
      }
    })
  }
}

/** Fills an empty database with many people and attendance rows, reproducibly. */
export async function seedLargeDatabase(db: Database, plan: SeedPlan, seed = 20261201): Promise<SeededData> {
  const random = seededRandom(seed)
  const pick = (text: string) => text[Math.floor(random() * text.length)]
  const keysByChar = new Map<string, { initials: string; pinyin: string }>()
  const keysOf = (char: string) => {
    let keys = keysByChar.get(char)
    if (!keys) keysByChar.set(char, (keys = nameSearchKeys(char)))
    return keys
  }
  const timestamp = '2026-11-01T08:00:00.000Z'

  const sessionIds = Array.from({ length: plan.sessions }, (_, i) => uuidFrom(1, i))
  await insertInBatches(db, 'INSERT INTO sessions (id, title, starts_at, place, status, created_at, updated_at)', plan.sessions, 7, (i) => [
    sessionIds[i],
    `宣讲 ${i}`,
    new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString(),
    `社区 ${i % 50}`,
    i % 10 === 0 ? 'planned' : 'held',
    timestamp,
    timestamp,
  ])

  const attendeeIds = Array.from({ length: plan.people }, (_, i) => uuidFrom(2, i))
  const phones = Array.from({ length: plan.people }, (_, i) => phoneFor(i))
  await insertInBatches(db, 'INSERT INTO attendees (id, name, name_initials, name_pinyin, phone, age_group, last_seen_at, created_at, updated_at)', plan.people, 9, (i) => {
    const chars = [pick(SURNAMES), pick(GIVEN), ...(random() < 0.6 ? [pick(GIVEN)] : [])]
    const keys = chars.map(keysOf)
    return [
      attendeeIds[i],
      chars.join(''),
      keys.map((k) => k.initials).join(''),
      keys.map((k) => k.pinyin).join(''),
      random() < 0.9 ? phones[i] : null,
      AGE_GROUPS[Math.floor(random() * 4)],
      timestamp,
      timestamp,
      timestamp,
    ]
  })

  const onFirstSession = new Set<number>()
  const total = plan.sessions * plan.perSession
  await insertInBatches(db, 'INSERT INTO attendance (id, session_id, attendee_id, source, checked_in_at, created_at, updated_at)', total, 7, (row) => {
    const session = Math.floor(row / plan.perSession)
    const k = row % plan.perSession
    // A stride coprime to the number of people (odd, not a multiple of 5, for 100,000) gives each session perSession different people.
    const odd = 2 * Math.floor((session * 7_777) % (plan.people / 2)) + 1
    const stride = odd % 5 === 0 ? odd + 2 : odd
    const person = (session * 1_234 + k * stride) % plan.people
    if (session === 0) onFirstSession.add(person)
    return [uuidFrom(3, row), sessionIds[session], attendeeIds[person], 'signup', random() < 0.7 ? timestamp : null, timestamp, timestamp]
  })

  const notOnFirstSession = attendeeIds.filter((_, i) => !onFirstSession.has(i))
  return { sessionIds, attendeeIds, notOnFirstSession, phones }
}
