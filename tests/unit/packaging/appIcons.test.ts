import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Configuration } from 'app-builder-lib'

const root = resolve(__dirname, '../../..')
const build = (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { build: Configuration }).build
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

function pngSize(file: Buffer): { width: number; height: number } {
  expect(file.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true)
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) }
}

/** The images an .ico holds: its directory gives each size (0 means 256) and where its PNG or bitmap starts. */
function icoImages(file: Buffer): { size: number; format: 'png' | 'bitmap'; pixelSize: number }[] {
  expect(file.readUInt16LE(0)).toBe(0)
  expect(file.readUInt16LE(2)).toBe(1)
  return Array.from({ length: file.readUInt16LE(4) }, (_, index) => {
    const entry = 6 + 16 * index
    const size = file.readUInt8(entry) || 256
    const data = file.subarray(file.readUInt32LE(entry + 12), file.readUInt32LE(entry + 12) + file.readUInt32LE(entry + 8))
    if (data.subarray(0, 8).equals(PNG_SIGNATURE)) return { size, format: 'png', pixelSize: pngSize(data).width }
    expect(data.readUInt32LE(0)).toBe(40)
    expect(data.readInt32LE(8)).toBe(2 * data.readInt32LE(4))
    return { size, format: 'bitmap', pixelSize: data.readInt32LE(4) }
  })
}

describe('the app icons in resources/icons', () => {
  it('has the 512 and 256 px PNGs that Linux packages use', () => {
    expect(build.icon).toBe('resources/icons/512x512.png')
    expect(build.linux?.icon).toBe('resources/icons')
    for (const size of [512, 256]) {
      expect(pngSize(readFileSync(resolve(root, `resources/icons/${size}x${size}.png`)))).toEqual({ width: size, height: size })
    }
  })

  it('has a Windows .ico from 16 to 256 px for the exe, the installer and the uninstaller', () => {
    expect(build.win?.icon).toBe('resources/icons/icon.ico')
    expect(build.nsis?.installerIcon).toBe('resources/icons/icon.ico')
    expect(build.nsis?.uninstallerIcon).toBe('resources/icons/icon.ico')
    const images = icoImages(readFileSync(resolve(root, 'resources/icons/icon.ico')))
    expect(images.map((image) => image.size)).toEqual([16, 24, 32, 48, 64, 128, 256])
    for (const image of images) expect(image.pixelSize, `${image.size} px`).toBe(image.size)
    expect(images.find((image) => image.size === 256)?.format).toBe('png')
    expect(images.find((image) => image.size === 16)?.format).toBe('bitmap')
  })
})
