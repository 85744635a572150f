import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { appFilePath, appRequestHandler, isAppUrl } from '../../../src-main/electron/appScheme'
import { CONTENT_SECURITY_POLICY } from '../../../src-main/security/contentSecurityPolicy'
import { makeTempDir } from '../../helpers/tempDatabase'

const temp = makeTempDir('outreach-app-scheme-')
const rendererDir = join(temp.dir, 'renderer')

beforeAll(() => {
  mkdirSync(join(rendererDir, 'assets'), { recursive: true })
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>页面</title>')
  writeFileSync(join(rendererDir, 'assets/index-abc.js'), 'console.log(1)')
  writeFileSync(join(rendererDir, 'assets/index-abc.css'), 'body{}')
  writeFileSync(join(rendererDir, 'assets/noto.woff2'), 'font')
  writeFileSync(join(temp.dir, 'secret.txt'), 'outside the renderer')
})
afterAll(() => temp.remove())

describe('app:// scheme', () => {
  it('maps app://outreach paths to files inside the renderer folder only', () => {
    expect(appFilePath(rendererDir, 'app://outreach/index.html#/sessions')).toBe(join(rendererDir, 'index.html'))
    expect(appFilePath(rendererDir, 'app://outreach/assets/index-abc.js?v=1')).toBe(join(rendererDir, 'assets/index-abc.js'))
    for (const outside of [
      'app://outreach/..%2Fsecret.txt',
      'app://outreach/assets/..%2F..%2Fsecret.txt',
      'app://outreach/%2e%2e%2fsecret.txt',
      'app://outreach/a%00.js',
      'app://other/index.html',
      'file:///etc/passwd',
    ]) {
      const file = appFilePath(rendererDir, outside)
      expect(file === undefined || file.startsWith(rendererDir + '/'), outside).toBe(true)
    }
    expect(appFilePath(rendererDir, 'app://outreach/..%2Fsecret.txt')).toBeUndefined()
  })

  it('trusts exactly the app scheme and host', () => {
    expect(isAppUrl('app://outreach/index.html')).toBe(true)
    // Chromium lowercases a standard scheme's host, so anything else did not come from our page.
    for (const url of ['app://OUTREACH/index.html', 'app://outreach2/', 'app://evil.outreach/', 'app://outreach:1/', 'app://a:b@outreach/', 'file://outreach/index.html', '']) {
      expect(isAppUrl(url), url).toBe(false)
    }
  })

  it('answers with the MIME type, the CSP header and nosniff', async () => {
    const handle = appRequestHandler(rendererDir)
    const page = await handle(new Request('app://outreach/index.html'))
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await page.text()).toBe('<!doctype html><title>页面</title>')
    expect((await handle(new Request('app://outreach/assets/index-abc.js'))).headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect((await handle(new Request('app://outreach/assets/index-abc.css'))).headers.get('content-type')).toBe('text/css; charset=utf-8')
    expect((await handle(new Request('app://outreach/assets/noto.woff2'))).headers.get('content-type')).toBe('font/woff2')
  })

  it('refuses traversal, other hosts, folders, missing files and writes', async () => {
    const handle = appRequestHandler(rendererDir)
    for (const url of [
      'app://outreach/..%2Fsecret.txt',
      'app://outreach/assets/..%2F..%2Fsecret.txt',
      'app://other/index.html',
      'app://outreach/assets',
      'app://outreach/missing.js',
    ]) {
      const answer = await handle(new Request(url))
      expect(answer.status, url).toBe(404)
      expect(await answer.text()).not.toContain('outside the renderer')
    }
    expect((await handle(new Request('app://outreach/index.html', { method: 'POST', body: 'x' }))).status).toBe(405)
  })
})
