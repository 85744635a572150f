import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Configuration } from 'app-builder-lib'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'

const root = resolve(__dirname, '../../..')
const packageJson = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  version: string
  devDependencies: Record<string, string>
  build: Configuration
}
const lockfile = JSON.parse(readFileSync(resolve(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version: string }> }
const build = packageJson.build
const quietLogger = { isEnabled: false, add: () => undefined } as unknown as Parameters<typeof validateConfiguration>[1]

type TargetList = { target: string; arch: string[] }[]

describe('the electron-builder configuration in package.json', () => {
  // Compiling electron-builder's large JSON schema is slow on a busy machine; this is no speed test.
  it("is valid for the pinned electron-builder's own schema, which rejects a wrong one", { timeout: 60_000 }, async () => {
    const config = await getConfig(root, null, null)
    await expect(validateConfiguration(config, quietLogger)).resolves.toBeUndefined()
    await expect(validateConfiguration({ ...config, nsis: { ...config.nsis, perMachine: 'no' as unknown as boolean } }, quietLogger)).rejects.toThrow(/perMachine/)
  })

  it('pins Electron 43 or newer and electron-builder to exact versions that the lockfile resolves identically', () => {
    for (const name of ['electron', 'electron-builder']) {
      const pinned = packageJson.devDependencies[name]
      expect(pinned, name).toMatch(/^\d+\.\d+\.\d+$/)
      expect(lockfile.packages[`node_modules/${name}`].version, name).toBe(pinned)
    }
    expect(Number(packageJson.devDependencies.electron.split('.')[0])).toBeGreaterThanOrEqual(43)
  })

  it('builds a Windows NSIS installer for x64 and Linux AppImage and .deb for x64 and arm64', () => {
    expect(build.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }])
    const linuxTargets = build.linux?.target as TargetList
    expect(linuxTargets.map((target) => target.target).sort()).toEqual(['AppImage', 'deb'])
    for (const target of linuxTargets) expect(target.arch.sort(), target.target).toEqual(['arm64', 'x64'])
  })

  it('installs per user on Windows without admin rights, in Chinese with English available, and never deletes the data', () => {
    expect(build.nsis).toMatchObject({ oneClick: true, perMachine: false, allowElevation: false, language: '2052', multiLanguageInstaller: true, deleteAppDataOnUninstall: false })
    expect(build.nsis?.installerLanguages).toEqual(['zh_CN', 'en_US'])
    expect(build.nsis?.shortcutName).toBe('反诈宣讲台')
  })

  it('names the app 反诈宣讲台 / Outreach Desk where people see it, and its files in ASCII', () => {
    expect(build.productName).toBe('Outreach Desk')
    expect(build.artifactName).toBe('Outreach-Desk-${version}-${arch}.${ext}')
    expect(build.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/)
    const entry = build.linux?.desktop?.entry ?? {}
    expect(entry).toMatchObject({ Name: '反诈宣讲台', 'Name[zh_CN]': '反诈宣讲台', 'Name[en]': 'Outreach Desk' })
    expect(build.linux?.category).toBe('Office')
    expect(build.linux?.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/)
    expect(build.linux?.description).toContain('反诈宣讲台')
  })

  it('flips exactly the required fuses on the packaged app', () => {
    expect(build.electronFuses).toStrictEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      // the page comes from app://, so file:// needs no extra privileges
      grantFileProtocolExtraPrivileges: false,
    })
  })

  it('packs only the built app into the asar, with native modules unpacked and rebuilt for Electron', () => {
    expect(build.asar).toBe(true)
    expect(build.asarUnpack).toEqual(['**/*.node'])
    expect(build.npmRebuild).toBe(true)
    const [first, ...rest] = build.files as string[]
    expect(first).toBe('out/**')
    // Production dependencies are added by electron-builder itself; every other entry may only take files away.
    for (const pattern of rest) expect(pattern, pattern).toMatch(/^!node_modules\//)
    expect(build.directories).toEqual({ output: 'dist', buildResources: 'resources' })
  })
})
