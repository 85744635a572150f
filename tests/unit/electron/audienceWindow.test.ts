import { describe, expect, it, vi } from 'vitest'
import { EventEmitter } from 'node:events'
import { hardenAllContents } from '../../../src-main/electron/hardenContents'
import { audienceWindowPolicy, isAudienceUrl } from '../../../src-main/electron/audienceWindow'

const trusted = (url: string) => url.startsWith('file:///app/index.html')
const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 } }
const projector = { id: 2, bounds: { x: 1366, y: 0, width: 1920, height: 1080 } }

function screenWith(displays: (typeof laptop)[]) {
  return { getPrimaryDisplay: vi.fn(() => laptop), getAllDisplays: vi.fn(() => displays) } as never
}

function openHandlerFor(screen: never) {
  const app = new EventEmitter()
  hardenAllContents(app as never, trusted, audienceWindowPolicy(screen, trusted, '/app/preload.js'))
  const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() })
  app.emit('web-contents-created', {}, contents)
  return contents.setWindowOpenHandler.mock.calls[0][0] as (details: { url: string }) => { action: string; overrideBrowserWindowOptions?: Record<string, unknown> }
}

describe('the audience window', () => {
  it('is the only window our page may open, and only at our own audience URL', () => {
    expect(isAudienceUrl('file:///app/index.html#/audience/audience-abc123', trusted)).toBe(true)
    expect(isAudienceUrl('file:///app/index.html#/sessions', trusted)).toBe(false)
    expect(isAudienceUrl('https://evil.example/#/audience/x', trusted)).toBe(false)
    expect(isAudienceUrl('file:///app/index.html#/audience/x/../../etc', trusted)).toBe(false)
    const open = openHandlerFor(screenWith([laptop]))
    expect(open({ url: 'https://evil.example/#/audience/x' })).toEqual({ action: 'deny' })
    expect(open({ url: 'file:///app/index.html#/decks' })).toEqual({ action: 'deny' })
  })

  it('opens full screen on the projector when one is connected, with the same locked-down page settings', () => {
    const open = openHandlerFor(screenWith([laptop, projector]))
    const answer = open({ url: 'file:///app/index.html#/audience/audience-abc123' })
    expect(answer.action).toBe('allow')
    expect(answer.overrideBrowserWindowOptions).toMatchObject({
      x: 1366,
      y: 0,
      width: 1920,
      height: 1080,
      fullscreen: true,
      webPreferences: { preload: '/app/preload.js', contextIsolation: true, sandbox: true, nodeIntegration: false },
    })
  })

  it('opens as an ordinary window on the laptop when there is no second display', () => {
    const answer = openHandlerFor(screenWith([laptop]))({ url: 'file:///app/index.html#/audience/audience-abc123' })
    expect(answer.action).toBe('allow')
    expect(answer.overrideBrowserWindowOptions).toMatchObject({ width: 1280, height: 720 })
    expect(answer.overrideBrowserWindowOptions).not.toHaveProperty('fullscreen')
  })
})
