import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { statSync } from 'node:fs'
import { openTempDatabase, type TempDatabase } from '../../helpers/tempDatabase'
import { BACKSTOP_AUTOCHECKPOINT_PAGES } from '../../../src-main/db/walCheckpointer'

let temp: TempDatabase

beforeEach(async () => {
  temp = await openTempDatabase()
  await temp.db.write((tx) => tx.exec('CREATE TABLE pages (id INTEGER PRIMARY KEY, filler BLOB NOT NULL)'))
})
afterEach(() => temp.cleanup())

describe('checkpoints beside the write queue', () => {
  it('leaves the writer only a far-off automatic checkpoint as a backstop', async () => {
    const setting = await temp.db.write((tx) => tx.get<{ wal_autocheckpoint: number }>('PRAGMA wal_autocheckpoint'))
    expect(setting?.wal_autocheckpoint).toBe(BACKSTOP_AUTOCHECKPOINT_PAGES)
  })

  it('copies committed writes into the database file long before the writer would', { timeout: 20_000 }, async () => {
    const sizeBefore = statSync(temp.file).size
    // 60 one-page writes: far below any automatic checkpoint, so only the checkpointer moves them.
    for (let i = 0; i < 60; i++) await temp.db.write((tx) => tx.run('INSERT INTO pages (filler) VALUES (randomblob(3000))'))
    await expect.poll(() => statSync(temp.file).size, { timeout: 10_000 }).toBeGreaterThan(sizeBefore + 40 * 3000)
    expect(await temp.db.read((db) => db.get<{ n: number }>('SELECT COUNT(*) AS n FROM pages'))).toEqual({ n: 60 })
  })

  it('lets the database close while a checkpoint may be running', async () => {
    for (let i = 0; i < 50; i++) await temp.db.write((tx) => tx.run('INSERT INTO pages (filler) VALUES (randomblob(3000))'))
    await expect(temp.db.close()).resolves.toBeUndefined()
  })
})
