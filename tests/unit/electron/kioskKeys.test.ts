import { describe, expect, it } from 'vitest'
import { kioskKeyAction, kioskUrl, type KioskKeyInput } from '../../../src-main/electron/kioskKeys'

function key(keyName: string, modifiers: Partial<KioskKeyInput> = {}): KioskKeyInput {
  return { type: 'keyDown', key: keyName, control: false, meta: false, alt: false, shift: false, ...modifiers }
}

describe('kiosk keys', () => {
  it('asks for the PIN on every way to close the window or quit', () => {
    for (const input of [
      key('F4', { alt: true }),
      key('w', { control: true }),
      key('W', { control: true, shift: true }),
      key('q', { control: true }),
      key('q', { meta: true }),
      key('w', { meta: true }),
      key('F4', { control: true }),
    ]) {
      expect(kioskKeyAction(input), JSON.stringify(input)).toBe('askPin')
    }
    expect(kioskKeyAction(key('F4', { alt: true, type: 'keyUp' }))).toBe('block')
  })

  it('swallows reload, dev tools, full screen, zoom, printing, new windows and navigation', () => {
    for (const input of [
      key('r', { control: true }),
      key('R', { control: true, shift: true }),
      key('F5'),
      key('F5', { control: true }),
      key('I', { control: true, shift: true }),
      key('J', { control: true, shift: true }),
      key('i', { meta: true, alt: true }),
      key('F12'),
      key('F11'),
      key('F1'),
      key('=', { control: true }),
      key('-', { control: true }),
      key('0', { control: true }),
      key('p', { control: true }),
      key('n', { control: true }),
      key('ArrowLeft', { alt: true }),
      key('BrowserBack'),
      key('BrowserRefresh'),
      key('Alt', { alt: true }),
    ]) {
      expect(kioskKeyAction(input), JSON.stringify(input)).toBe('block')
    }
  })

  it('lets a resident type, edit text and move around the form', () => {
    for (const input of [
      key('a'),
      key('A', { shift: true }),
      key('1'),
      key('Enter'),
      key('Tab'),
      key('Tab', { shift: true }),
      key('Backspace'),
      key('Escape'),
      key('ArrowDown'),
      key(' '),
      key('Process'),
      key('v', { control: true }),
      key('c', { control: true }),
      key('z', { control: true }),
      key('Z', { control: true, shift: true }),
      key('a', { meta: true }),
    ]) {
      expect(kioskKeyAction(input), JSON.stringify(input)).toBe('allow')
    }
  })

  it("points the kiosk window at the session's kiosk page on the app's own page", () => {
    expect(kioskUrl('app://outreach/index.html', 'a1b2')).toBe('app://outreach/index.html#/sessions/a1b2/kiosk')
    expect(kioskUrl('app://outreach/index.html#/sessions', 'a1b2')).toBe('app://outreach/index.html#/sessions/a1b2/kiosk')
    expect(kioskUrl('http://localhost:5173', 'a1b2')).toBe('http://localhost:5173/#/sessions/a1b2/kiosk')
  })
})
