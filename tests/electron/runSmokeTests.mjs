// npm run test:electron: the desktop smoke tests, where Electron's own binary is installed (the hosted workflow
// installs it with `npx install-electron`). Where it is not, there is nothing to launch, so it says so and passes,
// unless OUTREACH_REQUIRE_ELECTRON=1 (set in the workflow), where a missing binary is a failure, never a silent skip.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const electronPackage = join(root, 'node_modules/electron')

/** Read without require('electron'): Electron 45's package starts downloading the binary when it is missing. */
function electronBinary() {
  const pathFile = join(electronPackage, 'path.txt')
  if (!existsSync(pathFile)) return undefined
  const binary = join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(electronPackage, 'dist'), readFileSync(pathFile, 'utf8'))
  return existsSync(binary) ? binary : undefined
}

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit', shell: process.platform === 'win32' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

const binary = electronBinary()
if (!binary) {
  if (process.env.OUTREACH_REQUIRE_ELECTRON === '1') {
    console.error('Electron binary not installed, but OUTREACH_REQUIRE_ELECTRON=1: run `npx install-electron` first')
    process.exit(1)
  }
  console.log('skipped: Electron binary not installed')
  process.exit(0)
}
run('npx', ['electron-vite', 'build'])
run('npx', ['vitest', 'run', '--config', 'tests/electron/vitest.config.mts'], { ...process.env, OUTREACH_ELECTRON_BINARY: binary })
