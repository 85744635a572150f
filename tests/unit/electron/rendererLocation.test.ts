import { describe, expect, it } from 'vitest'
import { rendererLocation } from '../../../src-main/electron/rendererLocation'

describe('rendererLocation', () => {
  it('serves the built files over app://outreach and trusts exactly that scheme and host', () => {
    const location = rendererLocation({}, '/opt/app/out/main')
    expect(location.url).toBe('app://outreach/index.html')
    expect(location.rendererDir).toBe('/opt/app/out/renderer')
    expect(location.isTrustedUrl('app://outreach/index.html#/people')).toBe(true)
    for (const untrusted of [
      'file:///opt/app/out/renderer/index.html',
      'app://outreach.evil/index.html',
      'app://evil/index.html',
      'app://outreach:8080/index.html',
      'app://user@outreach/index.html',
      'apps://outreach/index.html',
      'http://outreach/index.html',
      'https://example.com/',
      'not a url',
    ]) {
      expect(location.isTrustedUrl(untrusted), untrusted).toBe(false)
    }
  })

  it('in dev, trusts only the dev server origin', () => {
    const location = rendererLocation({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, '/opt/app/out/main')
    expect(location.url).toBe('http://localhost:5173')
    expect(location.rendererDir).toBeUndefined()
    expect(location.isTrustedUrl('http://localhost:5173/#/sessions')).toBe(true)
    expect(location.isTrustedUrl('http://localhost:5174/')).toBe(false)
    expect(location.isTrustedUrl('app://outreach/index.html')).toBe(false)
  })
})
