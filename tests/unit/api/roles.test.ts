import { describe, expect, it } from 'vitest'
import { apiMethods } from '../../../src-main/contract'
import { AUDIENCE_METHODS, mayCall, PHONE_METHODS, RESIDENT_METHODS } from '../../../src-main/api/roles'
import { dispatch } from '../../../src-main/api/dispatch'
import { openTestApp } from '../../helpers/testApp'

describe('API roles', () => {
  it('lets a resident at the kiosk do exactly the kiosk methods', () => {
    expect([...RESIDENT_METHODS].sort()).toEqual(['kiosk.sessionInfo', 'kiosk.signUp', 'kiosk.verifyPin'])
    expect(apiMethods.filter((method) => mayCall('resident', method)).sort()).toEqual([...RESIDENT_METHODS].sort())
  })

  it('lets a phone on the hall listener read the session title, sign up and answer the quiz under the link, nothing else', () => {
    expect([...PHONE_METHODS].sort()).toEqual(['kiosk.sessionInfo', 'phoneQuiz.answer', 'phoneQuiz.current', 'phoneSignup.signUp'])
    expect(apiMethods.filter((method) => mayCall('phone', method)).sort()).toEqual([...PHONE_METHODS].sort())
  })

  it('names only methods that exist in the contract', () => {
    for (const method of [...RESIDENT_METHODS, ...PHONE_METHODS, ...AUDIENCE_METHODS]) expect(apiMethods as string[], method).toContain(method)
  })

  it('gives the worker everything and the audience nothing', () => {
    expect(apiMethods.every((method) => mayCall('worker', method))).toBe(true)
    expect(apiMethods.filter((method) => mayCall('audience', method))).toEqual([])
  })

  it('answers a call outside the role 403 forbidden in the caller’s language and changes nothing', async () => {
    const app = await openTestApp()
    try {
      const input = { title: '讲座', startsAt: '2026-12-01T10:00:00Z', place: '礼堂' }
      expect(await dispatch(app.handlers, 'sessions.create', input, 'en', 'resident')).toEqual({
        ok: false,
        status: 403,
        error: { code: 'forbidden', message: 'This window or origin may not use that function.' },
      })
      expect(await dispatch(app.handlers, 'sessions.create', input, 'zh-CN', 'audience')).toMatchObject({ status: 403, error: { message: '这个窗口或来源不能使用这项功能。' } })
      // A resident cannot even learn which methods exist.
      expect(await dispatch(app.handlers, 'no.suchMethod', {}, 'en', 'resident')).toMatchObject({ status: 403, error: { code: 'forbidden' } })
      expect(await dispatch(app.handlers, 'no.suchMethod', {}, 'en', 'worker')).toMatchObject({ status: 404, error: { code: 'unknown_method' } })
      const count = await app.db.read((db) => db.get<{ n: number }>('SELECT COUNT(*) AS n FROM sessions'))
      expect(count?.n).toBe(0)
    } finally {
      await app.cleanup()
    }
  })
})
