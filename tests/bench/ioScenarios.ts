import { readFileSync } from 'node:fs'
import type { Database } from '../../src-main/db/database'
import { openTempDatabase } from '../helpers/tempDatabase'
import { startServe } from '../helpers/serveProcess'

export const IMPORT_ROWS = 10_000
export const EXPORT_PEOPLE = 100_000
const neighbourhoods = ['幸福里', '和平里', '光明小区', '建设新村']
const names = ['张秀英', '王建国', '李桂兰', '刘德明', '陈淑珍', '杨志强', '赵玉梅', '黄海']

/** A sign-in sheet of new people (phones from `firstPhone` on), everyone consenting, as base64. */
export function rosterCsv(firstPhone: number, rows = IMPORT_ROWS): string {
  const lines = ['姓名,手机号,年龄,小区,同意']
  for (let i = 0; i < rows; i++) lines.push(`${names[i % names.length]},${firstPhone + i},${20 + (i % 70)},${neighbourhoods[i % 4]},是`)
  return Buffer.from(lines.join('\r\n'), 'utf8').toString('base64')
}

/** People added by SQL alone, so seeding costs the bench process no memory; every tenth has a landline too. */
export async function seedPeople(db: Database, count: number, idPrefix: string, firstPhone: number): Promise<void> {
  const timestamp = new Date().toISOString()
  await db.write((tx) =>
    tx.run(
      `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?1 - 1)
       INSERT INTO attendees (id, name, name_initials, name_pinyin, phone, landline, age_group, neighbourhood, gender, last_seen_at, created_at, updated_at)
       SELECT printf('%s-0000-4000-8000-%012x', ?2, i), json_extract(?3, '$[' || (i % 8) || ']'), '', '', CAST(?4 + i AS TEXT),
         CASE WHEN i % 10 = 0 THEN printf('0471-6%06d', i % 1000000) END, '60plus', json_extract(?5, '$[' || (i % 4) || ']'), NULL, ?6, ?6, ?6
       FROM n`,
      [count, idPrefix, JSON.stringify(names), firstPhone, JSON.stringify(neighbourhoods), timestamp],
    ),
  )
}

/** The server's peak resident memory so far (VmHWM), in MB. */
function peakMemoryMb(pid: number): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  if (!match) throw new Error('VmHWM not found')
  return Math.round(Number(match[1]) / 1024)
}

/**
 * Runs one scenario against the built server in a child process of its own, so its peak memory is that
 * scenario's alone (started, one call, measured) and does not mix with seeding or other scenarios.
 */
async function peakOfOneCall(prepare: (db: Database) => Promise<void>, call: (api: <T>(method: string, input?: unknown) => Promise<T>) => Promise<void>): Promise<number> {
  const temp = await openTempDatabase()
  await prepare(temp.db)
  await temp.db.close()
  const server = await startServe(temp.file)
  try {
    await call(server.api)
    return peakMemoryMb(server.child.pid!)
  } finally {
    await server.stop()
    await temp.cleanup()
  }
}

export function peakMemoryOfExport(): Promise<number> {
  return peakOfOneCall(
    (db) => seedPeople(db, EXPORT_PEOPLE, '0000e0e0', 15000000000),
    async (api) => {
      const { dataBase64 } = await api<{ dataBase64: string }>('people.exportXlsx', {})
      if (dataBase64.length < 1000) throw new Error('empty export')
    },
  )
}

export function peakMemoryOfImport(): Promise<number> {
  return peakOfOneCall(
    (db) => seedPeople(db, EXPORT_PEOPLE, '0000e1e1', 15000000000),
    async (api) => {
      const { id } = await api<{ id: string }>('sessions.create', { title: 'Memory', startsAt: '2026-01-01T10:00:00Z', place: 'Hall' })
      const result = await api<{ created: number }>('import.commit', {
        sessionId: id,
        fileName: 'roster.csv',
        dataBase64: rosterCsv(13000000000),
        mapping: { name: 0, phone: 1, ageGroup: 2, neighbourhood: 3, consent: 4 },
      })
      if (result.created !== IMPORT_ROWS) throw new Error(`created ${result.created}`)
    },
  )
}
