import { describe, expect, it } from 'vitest'
import { rendererLocation } from '../../../src-main/electron/rendererLocation'

describe('rendererLocation', () => {
  it('loads the built file and trusts only that file', () => {
    const location = rendererLocation({}, '/opt/app/out/main')
    expect(location.url).toBe('file:///opt/app/out/renderer/index.html')
    expect(location.isTrustedUrl('file:///opt/app/out/renderer/index.html#/people')).toBe(true)
    expect(location.isTrustedUrl('file:///opt/app/out/renderer/other.html')).toBe(false)
    expect(location.isTrustedUrl('https://example.com/')).toBe(false)
    expect(location.isTrustedUrl('not a url')).toBe(false)
  })

  it('in dev, trusts only the dev server origin', () => {
    const location = rendererLocation({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, '/opt/app/out/main')
    expect(location.url).toBe('http://localhost:5173')
    expect(location.isTrustedUrl('http://localhost:5173/#/sessions')).toBe(true)
    expect(location.isTrustedUrl('http://localhost:5174/')).toBe(false)
  })
})
