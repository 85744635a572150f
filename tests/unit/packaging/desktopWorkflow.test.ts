import { describe, expect, it } from 'vitest'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'

const root = resolve(__dirname, '../../..')
// Windows checkouts may turn line ends into CRLF.
const read = (path: string) => readFileSync(resolve(root, path), 'utf8').replace(/\r\n/g, '\n')
const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts
const workflow = read('.github/workflows/desktop.yml')

function npmScriptsCalledBy(text: string): string[] {
  const named = [...text.matchAll(/\bnpm run ([\w:-]+)/g)].map((match) => match[1])
  const builtIn = [...text.matchAll(/\bnpm (test|start)\b/g)].map((match) => match[1])
  return [...new Set([...named, ...builtIn])]
}

describe('the hosted desktop workflow and the scripts it calls', () => {
  it('calls only npm scripts that exist in package.json', () => {
    const called = [...npmScriptsCalledBy(workflow), ...npmScriptsCalledBy(read('.ci/run'))]
    expect(called).toEqual(expect.arrayContaining(['test', 'dist', 'test:electron', 'typecheck', 'build', 'test:unit']))
    for (const script of called) expect(scripts[script], `npm run ${script}`).toBeTypeOf('string')
  })

  it('runs on Windows and Ubuntu with Node 20, tests, builds installers, and runs the smoke tests under xvfb', () => {
    expect(workflow).toMatch(/runs-on: windows-latest/)
    expect(workflow).toMatch(/runs-on: ubuntu-latest/)
    expect([...workflow.matchAll(/node-version: (\S+)/g)].map((match) => match[1])).toEqual(['20', '20', '20'])
    expect(workflow).toContain('bash .ci/run')
    expect(workflow).toContain('xvfb-run -a npm run test:electron')
    expect(workflow.match(/run: npm run dist$/gm)).toHaveLength(2)
    expect(workflow).toMatch(/dist\/\*\.AppImage/)
    expect(workflow).toMatch(/dist\/\*\.deb/)
    expect(workflow).toMatch(/dist\/\*\.exe/)
  })

  it('lets the hosted runner download Electron, while our own CI keeps skipping it', () => {
    expect(workflow).not.toContain('ELECTRON_SKIP_BINARY_DOWNLOAD')
    expect(read('.ci/run')).toMatch(/^export ELECTRON_SKIP_BINARY_DOWNLOAD=1$/m)
  })

  it('builds installers with electron-vite and electron-builder, without publishing anywhere', () => {
    expect(scripts.dist).toBe('electron-vite build && electron-builder --publish never')
  })

  it('keeps the Electron smoke tests out of npm test, behind their own runner', () => {
    expect(scripts['test:electron']).toBe('node tests/electron/runSmokeTests.mjs')
    expect(existsSync(resolve(root, 'tests/electron/runSmokeTests.mjs'))).toBe(true)
    expect(scripts.test).not.toContain('electron/')
    expect(read('tests/vitest.config.mts')).not.toContain('tests/electron')
  })
})
