import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApiHandlers } from '../../../src-main/api/handlers'
import { createHandlerContext } from '../../../src-main/api/handlers/context'
import { dispatch } from '../../../src-main/api/dispatch'
import { openTempDatabase, type TempDatabase } from '../../helpers/tempDatabase'
import { retentionCutoff } from '../../../src-main/domain/retention'

let temp: TempDatabase
let clock: Date
let call: (method: string, input: unknown, locale?: 'zh-CN' | 'en') => ReturnType<typeof dispatch>

async function ok<T>(method: string, input: unknown): Promise<T> {
  const answer = await call(method, input)
  if (!answer.ok) throw new Error(`${method} failed: ${JSON.stringify(answer.error)}`)
  return answer.result as T
}

beforeEach(async () => {
  temp = await openTempDatabase()
  clock = new Date('2026-11-25T12:00:00Z')
  const handlers = createApiHandlers(createHandlerContext(temp.db, { now: () => clock }))
  call = (method, input, locale = 'zh-CN') => dispatch(handlers, method, input, locale, 'worker')
})
afterEach(() => temp.cleanup())

describe('settings and the kiosk PIN', () => {
  it('defaults to 24 months and no PIN, and stores a changed retention', async () => {
    expect(await ok('settings.get', {})).toEqual({ retentionMonths: 24, kioskPinSet: false })
    expect(await ok('settings.update', { retentionMonths: 12 })).toEqual({ retentionMonths: 12, kioskPinSet: false })
    expect(await ok('settings.get', {})).toEqual({ retentionMonths: 12, kioskPinSet: false })
  })

  it('refuses out-of-range months and PINs that are not 4–8 digits', async () => {
    expect(await call('settings.update', { retentionMonths: 0 })).toMatchObject({ ok: false, error: { fields: { retentionMonths: '不能小于 1' } } })
    expect(await call('settings.update', { retentionMonths: 121 })).toMatchObject({ ok: false, error: { fields: { retentionMonths: '不能大于 120' } } })
    expect(await call('settings.update', { kioskPin: '12a4' }, 'en')).toMatchObject({ ok: false, error: { fields: { kioskPin: 'must be 4–8 digits' } } })
    expect(await call('settings.update', { kioskPin: '123' })).toMatchObject({ ok: false, error: { fields: { kioskPin: '请填写 4–8 位数字' } } })
  })

  it('keeps only a salted hash of the PIN, never returns it, accepts the right PIN and refuses a wrong one', async () => {
    expect(await ok('kiosk.verifyPin', { pin: '2468' })).toEqual({ ok: false, pinSet: false, retryAfterSeconds: 0 })
    const answer = await ok<Record<string, unknown>>('settings.update', { kioskPin: '2468' })
    expect(answer).toEqual({ retentionMonths: 24, kioskPinSet: true })
    const stored = await temp.db.read((db) => db.get<{ value: string }>("SELECT value FROM settings WHERE key = 'kioskPinHash'"))
    expect(stored!.value).not.toContain('2468')
    expect(JSON.parse(stored!.value)).toMatch(/^scrypt\$[0-9a-f]{32}\$[0-9a-f]{64}$/)

    expect(await ok('kiosk.verifyPin', { pin: '1357' })).toMatchObject({ ok: false, pinSet: true })
    expect(await ok('kiosk.verifyPin', { pin: '2468' })).toMatchObject({ ok: true })

    await ok('settings.update', { kioskPin: '2468' })
    const again = await temp.db.read((db) => db.get<{ value: string }>("SELECT value FROM settings WHERE key = 'kioskPinHash'"))
    expect(again!.value).not.toBe(stored!.value)
  })

  it('after five wrong PINs refuses even the right one for 30 seconds', async () => {
    await ok('settings.update', { kioskPin: '2468' })
    for (let i = 0; i < 4; i++) expect(await ok('kiosk.verifyPin', { pin: '0000' })).toMatchObject({ ok: false, retryAfterSeconds: 0 })
    expect(await ok('kiosk.verifyPin', { pin: '0000' })).toMatchObject({ ok: false, retryAfterSeconds: 30 })
    expect(await ok('kiosk.verifyPin', { pin: '2468' })).toMatchObject({ ok: false, retryAfterSeconds: 30 })
    clock = new Date(clock.getTime() + 31_000)
    expect(await ok('kiosk.verifyPin', { pin: '2468' })).toMatchObject({ ok: true })
  })
})

describe('retention purge', () => {
  async function seedPerson(name: string, lastSeen: string, sessions: string[]): Promise<string> {
    const id = crypto.randomUUID()
    await temp.db.write(async (tx) => {
      await tx.run('INSERT INTO attendees (id, name, phone, last_seen_at, created_at, updated_at) VALUES (?, ?, NULL, ?, ?, ?)', [id, name, lastSeen, lastSeen, lastSeen])
      for (const sessionId of sessions) {
        await tx.run("INSERT INTO attendance (id, session_id, attendee_id, source, checked_in_at, created_at, updated_at) VALUES (?, ?, ?, 'signup', ?, ?, ?)", [
          crypto.randomUUID(),
          sessionId,
          id,
          lastSeen,
          lastSeen,
          lastSeen,
        ])
      }
      await tx.run("INSERT INTO consents (id, attendee_id, purpose, given_at, created_at, updated_at) VALUES (?, ?, 'outreach_contact', ?, ?, ?)", [
        crypto.randomUUID(),
        id,
        lastSeen,
        lastSeen,
        lastSeen,
      ])
    })
    return id
  }

  it('previews exactly what it then deletes: people not seen since the cutoff, with attendance and consents', async () => {
    const a = (await ok<{ id: string }>('sessions.create', { title: '旧讲座', startsAt: '2023-05-01T10:00:00+08:00', place: '活动室' })).id
    const b = (await ok<{ id: string }>('sessions.create', { title: '新讲座', startsAt: '2026-05-01T10:00:00+08:00', place: '活动室' })).id
    await seedPerson('张三', '2023-05-01T02:00:00.000Z', [a])
    await seedPerson('李四', '2024-01-01T02:00:00.000Z', [a])
    const recent = await seedPerson('王五', '2026-05-01T02:00:00.000Z', [a, b])

    const preview = await ok<{ cutoff: string; people: number; attendance: number; consents: number; sample: { name: string }[]; retentionMonths: number }>(
      'privacy.purgePreview',
      {},
    )
    expect(preview).toMatchObject({ people: 2, attendance: 2, consents: 2, retentionMonths: 24 })
    expect(preview.cutoff).toBe(retentionCutoff(clock, 24).toISOString())
    expect(preview.sample.map((row) => row.name)).toEqual(['张三', '李四'])

    expect(await ok('privacy.purge', { cutoff: preview.cutoff })).toEqual({ people: 2, attendance: 2, consents: 2, alerts: 0, backups: 0 })
    const left = await temp.db.read((db) =>
      db.get<{ people: number; attendance: number; consents: number }>(
        'SELECT (SELECT COUNT(*) FROM attendees) AS people, (SELECT COUNT(*) FROM attendance) AS attendance, (SELECT COUNT(*) FROM consents) AS consents',
      ),
    )
    expect(left).toEqual({ people: 1, attendance: 2, consents: 1 })
    expect((await ok<{ items: { attendeeId: string }[] }>('people.list', {})).items.map((item) => item.attendeeId)).toEqual([recent])
  })

  it('refuses a cutoff other than the one previewed, and one from a preview under another retention setting', async () => {
    await seedPerson('张三', '2023-05-01T02:00:00.000Z', [])
    const preview = await ok<{ cutoff: string }>('privacy.purgePreview', {})
    expect(await call('privacy.purge', { cutoff: '2026-11-01T00:00:00.000Z' })).toMatchObject({ ok: false, status: 409, error: { message: expect.stringContaining('重新预览') } })
    await ok('settings.update', { retentionMonths: 48 })
    expect(await call('privacy.purge', { cutoff: preview.cutoff })).toMatchObject({ ok: false, status: 409 })
    expect(await call('privacy.purge', { cutoff: 'yesterday' })).toMatchObject({ ok: false, status: 400 })
    const people = await temp.db.read((db) => db.get<{ n: number }>('SELECT COUNT(*) AS n FROM attendees'))
    expect(people!.n).toBe(1)
  })
})

describe('retentionCutoff', () => {
  it('is the start of the local day, N months back, clamped to short months', () => {
    expect(retentionCutoff(new Date(2026, 10, 25, 15, 30), 24)).toEqual(new Date(2024, 10, 25))
    expect(retentionCutoff(new Date(2026, 2, 31, 9), 1)).toEqual(new Date(2026, 1, 28))
    expect(retentionCutoff(new Date(2026, 0, 15), 1)).toEqual(new Date(2025, 11, 15))
    expect(retentionCutoff(new Date(2026, 0, 15), 120)).toEqual(new Date(2016, 0, 15))
  })
})
