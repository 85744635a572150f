import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestApp, type TestApp } from '../../helpers/testApp'

let app: TestApp

async function ok<T>(method: string, input: unknown = {}): Promise<T> {
  const answer = await app.call(method, input)
  if (!answer.ok) throw new Error(`${method}: ${JSON.stringify(answer.error)}`)
  return answer.result as T
}

async function sessionWithPerson(phone: string): Promise<{ sessionId: string; attendeeId: string }> {
  const sessionId = (await ok<{ id: string }>('sessions.create', { title: '讲座', startsAt: '2026-12-01T10:00:00Z', place: '礼堂' })).id
  const { attendeeId } = await ok<{ attendeeId: string }>('attendees.signUp', { sessionId, name: '张三', phone, consent: true })
  return { sessionId, attendeeId }
}

beforeEach(async () => {
  app = await openTestApp()
  await app.db.write((tx) => tx.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)'))
})
afterEach(() => app.cleanup())

describe('statements compiled once per connection', () => {
  it('run to completion each time, so the transaction commits and readers see every write', async () => {
    for (const text of ['一', '二', '三']) {
      const inserted = await app.db.write((tx) => tx.allPrepared('INSERT INTO notes (text) VALUES (?) RETURNING text', [text]))
      expect(inserted).toEqual([{ text }])
    }
    const changed = await app.db.write((tx) => tx.allPrepared('UPDATE notes SET text = ? WHERE id > ? RETURNING id', ['改', 1]))
    expect(changed).toHaveLength(2)
    expect(await app.db.read((db) => db.all('SELECT id, text FROM notes ORDER BY id'))).toEqual([
      { id: 1, text: '一' },
      { id: 2, text: '改' },
      { id: 3, text: '改' },
    ])
  })

  it('reject SQL that does not compile, each time, instead of leaving the write queue waiting', async () => {
    const bad = 'INSERT INTO no_such_table (x) VALUES (?) RETURNING x'
    await expect(app.db.write((tx) => tx.allPrepared(bad, [1]))).rejects.toThrow(/no such table/)
    await expect(app.db.write((tx) => tx.allPrepared(bad, [2]))).rejects.toThrow(/no such table/)
    await app.db.write((tx) => tx.exec('CREATE TABLE no_such_table (x INTEGER)'))
    expect(await app.db.write((tx) => tx.allPrepared(bad, [1]))).toEqual([{ x: 1 }])
  })

  it('keep working after a restore replaced the database under them, and let the database close', async () => {
    const before = await sessionWithPerson('13800138000')
    await ok('attendance.checkIn', before)
    const { fileName } = await ok<{ fileName: string }>('backups.create')
    const after = await sessionWithPerson('13900139000')
    await ok('attendance.checkIn', after)
    await ok('backups.restore', { fileName })
    expect(await app.call('attendance.checkIn', after)).toMatchObject({ ok: false, status: 404 })
    const again = await sessionWithPerson('13700137000')
    expect(await ok('attendance.checkIn', again)).toMatchObject({ alreadyCheckedIn: false })
    await expect(app.db.close()).resolves.toBeUndefined()
  })
})
