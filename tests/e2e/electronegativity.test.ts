import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { cpSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { makeTempDir } from '../helpers/tempDatabase'

describe('electronegativity', () => {
  it('finds nothing of medium severity or above in the main process and the built page', { timeout: 120_000 }, () => {
    const scan = makeTempDir('outreach-electronegativity-')
    try {
      cpSync(resolve('src-main'), join(scan.dir, 'src-main'), { recursive: true })
      cpSync(resolve(process.env.OUTREACH_OUT ?? 'out', 'renderer/index.html'), join(scan.dir, 'index.html'))
      const report = join(scan.dir, 'report.csv')
      // The release-list check needs the internet; the Electron version is pinned instead.
      const electronVersion = JSON.parse(readFileSync(resolve('node_modules/electron/package.json'), 'utf8')).version as string
      const run = spawnSync(
        resolve('node_modules/.bin/electronegativity'),
        ['-i', scan.dir, '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck', '-s', 'MEDIUM', '-r', '-o', report],
        { encoding: 'utf8' },
      )
      expect(run.status, run.stderr).toBe(0)
      const findings = readFileSync(report, 'utf8').trim().split('\n').slice(1)
      expect(findings).toEqual([])
    } finally {
      scan.remove()
    }
  })
})
