import { chromium, type Browser } from 'playwright-core'
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const SCREENSHOT_DIR = resolve('tests/output')

/** Debian's Chromium, headless, with no background traffic to hosts this machine cannot reach. */
export function launchChromium(): Promise<Browser> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  })
}

export function screenshotPath(name: string): string {
  return resolve(SCREENSHOT_DIR, `${name}.png`)
}
