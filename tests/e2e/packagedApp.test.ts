import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { extractFile, listPackage, statFile } from '@electron/asar'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { makeTempDir } from '../helpers/tempDatabase'

/**
 * Runs the pinned electron-builder on the real config and the built app (`out/`), for Linux x64 into a folder
 * (`--dir`: no installer tools needed), with a stand-in for the Electron binary that cannot be downloaded here.
 * The stand-in carries Electron's fuse wire with Electron's own defaults, so the fuses electron-builder flips
 * in it are the ones it would flip in the real binary.
 */
const outDir = process.env.OUTREACH_OUT ?? 'out'
const temp = makeTempDir('outreach-packaged-')
const appDir = join(temp.dir, 'dist', 'linux-unpacked')
const archive = join(appDir, 'resources', 'app.asar')
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
// RunAsNode, EnableCookieEncryption, EnableNodeOptionsEnvironmentVariable, EnableNodeCliInspectArguments,
// EnableEmbeddedAsarIntegrityValidation, OnlyLoadAppFromAsar, LoadBrowserProcessSpecificV8Snapshot, GrantFileProtocolExtraPrivileges
const ELECTRON_DEFAULT_FUSES = '10110001'
/** How a fuse reads in the wire: the characters '0' and '1'. */
const OFF = '0'.charCodeAt(0)
const ON = '1'.charCodeAt(0)
let builder: ReturnType<typeof spawnSync>

function standInElectron(): string {
  const dir = join(temp.dir, 'electron-dist')
  mkdirSync(join(dir, 'resources'), { recursive: true })
  const wire = Buffer.concat([Buffer.from(FUSE_SENTINEL), Buffer.from([1, ELECTRON_DEFAULT_FUSES.length]), Buffer.from(ELECTRON_DEFAULT_FUSES)])
  writeFileSync(join(dir, 'electron'), Buffer.concat([Buffer.from('stand-in for the Electron binary\0'), wire, Buffer.from('\0')]), { mode: 0o755 })
  const electronVersion = (JSON.parse(readFileSync(resolve('node_modules/electron/package.json'), 'utf8')) as { version: string }).version
  writeFileSync(join(dir, 'version'), electronVersion)
  return dir
}

beforeAll(() => {
  const { build } = JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as { build: { files: string[] } }
  const config = {
    ...build,
    files: build.files.map((pattern) => pattern.replace(/^out\//, `${outDir}/`)),
    extraMetadata: { main: `./${outDir}/main/index.js` },
    electronDist: standInElectron(),
    // Rebuilding sqlite3 for Electron downloads its prebuilt binary; the hosted workflow does that part.
    npmRebuild: false,
    directories: { ...(build as { directories?: object }).directories, output: join(temp.dir, 'dist') },
  }
  const configFile = join(temp.dir, 'electron-builder.json')
  writeFileSync(configFile, JSON.stringify(config))
  builder = spawnSync(process.execPath, [resolve('node_modules/electron-builder/cli.js'), '--linux', 'dir', '--x64', '--config', configFile, '--publish', 'never'], {
    encoding: 'utf8',
    timeout: 280_000,
  })
}, 300_000)

afterAll(() => temp.remove())

describe('the packaged app, built by electron-builder from our config', () => {
  it('packs without error', () => {
    expect(builder.status, `${builder.stdout}\n${builder.stderr}`).toBe(0)
  })

  it('has exactly the required fuses flipped, and leaves the others as Electron ships them', async () => {
    const fuses = await getCurrentFuseWire(join(appDir, 'outreach-desk'))
    expect(fuses[FuseV1Options.RunAsNode]).toBe(OFF)
    expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(OFF)
    expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(OFF)
    expect(fuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ON)
    expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ON)
    expect(fuses[FuseV1Options.EnableCookieEncryption]).toBe(ON)
    expect(fuses[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(OFF)
    expect(fuses[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(OFF)
  })

  it('serves the main process, preload and renderer from app.asar, and nothing of the sources or tests', () => {
    const entries = listPackage(archive, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'))
    for (const file of [`/${outDir}/main/index.js`, `/${outDir}/preload/index.js`, `/${outDir}/renderer/index.html`, '/package.json']) expect(entries, file).toContain(file)
    const outside = entries.filter((entry) => !entry.startsWith(`/${outDir}`) && !entry.startsWith('/node_modules') && entry !== '/package.json')
    expect(outside).toEqual([])
    for (const absent of ['/node_modules/electron', '/node_modules/vitest', '/node_modules/node-gyp', '/node_modules/sqlite3/deps', '/node_modules/sqlite3/src'])
      expect(entries, absent).not.toContain(absent)
    for (const present of ['/node_modules/zod', '/node_modules/exceljs', '/node_modules/sqlite3/lib/sqlite3.js']) expect(entries, present).toContain(present)
  })

  it('keeps sqlite3’s native module outside the asar, where Electron can load it', () => {
    expect(statFile(archive, 'node_modules/sqlite3/build/Release/node_sqlite3.node')).toMatchObject({ unpacked: true })
    expect(existsSync(join(appDir, 'resources', 'app.asar.unpacked', 'node_modules', 'sqlite3', 'build', 'Release', 'node_sqlite3.node'))).toBe(true)
  })

  it('keeps the name the data folder is called after, and no build-time fields', () => {
    const packed = JSON.parse(extractFile(archive, 'package.json').toString('utf8')) as Record<string, unknown>
    expect(packed).toMatchObject({ productName: 'Outreach Desk', main: `./${outDir}/main/index.js` })
    expect(packed).not.toHaveProperty('devDependencies')
    expect(packed).not.toHaveProperty('build')
  })
})
