import { afterEach, describe, expect, it } from 'vitest'
import { Database } from '../../../src-main/db/database'
import { migrations } from '../../../src-main/db/migrations'
import { openTempDatabase, type TempDatabase } from '../../helpers/tempDatabase'

let temp: TempDatabase | undefined
afterEach(async () => {
  await temp?.cleanup()
  temp = undefined
})

const T = '2026-11-01T10:00:00.000Z'

describe('migration 0017 (attendance source phone)', () => {
  it('keeps every attendance row and column, and then accepts source phone', async () => {
    temp = await openTempDatabase(migrations.filter((migration) => migration.version < 17))
    await temp.db.write(async (tx) => {
      await tx.run("INSERT INTO sessions (id, title, starts_at, place, status, created_at, updated_at) VALUES ('s1', '讲座', ?, '礼堂', 'planned', ?, ?)", [T, T, T])
      await tx.run("INSERT INTO attendees (id, name, last_seen_at, created_at, updated_at) VALUES ('p1', '张三', ?, ?, ?)", [T, T, T])
      await tx.run(
        "INSERT INTO attendance (id, session_id, attendee_id, source, checked_in_at, created_at, updated_at, app_installed_at, app_registered_at) VALUES ('a1', 's1', 'p1', 'kiosk', ?, ?, ?, ?, NULL)",
        [T, T, T, T],
      )
    })
    const before = await temp.db.read((db) => db.all('SELECT * FROM attendance'))
    await temp.db.close()
    temp.db = await Database.open(
      temp.file,
      migrations.filter((migration) => migration.version <= 17),
    )
    expect(temp.db.schemaVersion).toBe(17)
    expect(await temp.db.read((db) => db.all('SELECT * FROM attendance'))).toEqual(before)
    await temp.db.write((tx) => tx.run("INSERT INTO attendees (id, name, last_seen_at, created_at, updated_at) VALUES ('p2', '李四', ?, ?, ?)", [T, T, T]))
    await temp.db.write((tx) => tx.run("INSERT INTO attendance (id, session_id, attendee_id, source, created_at, updated_at) VALUES ('a2', 's1', 'p2', 'phone', ?, ?)", [T, T]))
    const indexes = await temp.db.read((db) =>
      db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'attendance' AND name NOT LIKE 'sqlite_%' ORDER BY name"),
    )
    expect(indexes.map((index) => index.name)).toEqual(['attendance_by_attendee', 'attendance_by_session_checkin'])
    expect(await temp.db.read((db) => db.all('PRAGMA foreign_key_check'))).toEqual([])
  })
})
