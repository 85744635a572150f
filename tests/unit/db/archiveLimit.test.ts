import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { gzipSync } from 'node:zlib'
import { openTestApp, type TestApp } from '../../helpers/testApp'
import { ARCHIVE_MAX_UNPACKED_BYTES } from '../../../src-main/db/archive'

let app: TestApp
beforeEach(async () => {
  app = await openTestApp()
})
afterEach(() => app.cleanup())

/**
 * About 2.6 MB of gzip that inflates to 2.5 GB: the start of a real archive, then 160 gzip members of
 * 16 MB of spaces each, back to back. Spaces are valid JSON there, so only the size cap can stop it.
 */
function gzipBomb(): Buffer {
  const start = gzipSync(Buffer.from('{"format":"outreach-archive","version":1,"schemaVersion":1,"tables":{"sessions":['))
  const member = gzipSync(Buffer.alloc(16 * 1024 * 1024, 0x20), { level: 9 })
  return Buffer.concat([start, ...Array.from({ length: 160 }, () => member)])
}

describe('archive import cannot exhaust memory', () => {
  it('refuses a gzip bomb with payload_too_large, quickly and with memory bounded by the cap', async () => {
    const bomb = gzipBomb()
    expect(bomb.length).toBeLessThan(4 * 1024 * 1024)
    const dataBase64 = bomb.toString('base64')
    const baseline = process.memoryUsage().rss
    let peak = baseline
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss)
    }, 5)
    const started = performance.now()
    const cpuBefore = process.cpuUsage()
    const answer = await app.call('backups.importArchive', { dataBase64 }, 'en')
    const cpu = process.cpuUsage(cpuBefore)
    const cpuMs = (cpu.user + cpu.system) / 1000
    const elapsed = performance.now() - started
    clearInterval(sampler)
    peak = Math.max(peak, process.memoryUsage().rss)

    expect(answer).toMatchObject({ ok: false, status: 413, error: { code: 'payload_too_large', message: expect.stringContaining('256 MB') } })
    // Generous bounds, correctness not a benchmark: the unbounded version took 9 s and 4.2 GB. Processor time
    // says whether it stopped at the cap without depending on how many other processes share the machine.
    expect(cpuMs).toBeLessThan(3000)
    expect(elapsed).toBeLessThan(20_000)
    expect(peak - baseline).toBeLessThan(ARCHIVE_MAX_UNPACKED_BYTES + 400 * 1024 * 1024)
    console.log(`[archive bomb] refused in ${Math.round(elapsed)} ms (${Math.round(cpuMs)} ms of processor time), RSS grew ${Math.round((peak - baseline) / 1024 / 1024)} MB`)

    const zh = await app.call('backups.importArchive', { dataBase64 }, 'zh-CN')
    expect(zh).toMatchObject({ ok: false, status: 413, error: { message: expect.stringContaining('解压后超过 256 MB') } })
    expect(await app.db.read((reader) => reader.get('SELECT COUNT(*) AS n FROM sessions'))).toEqual({ n: 0 })
  }, 60_000)
})
