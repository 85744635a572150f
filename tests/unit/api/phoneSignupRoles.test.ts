import { describe, expect, it } from 'vitest'
import { dispatch } from '../../../src-main/api/dispatch'
import { openTestApp } from '../../helpers/testApp'

describe('phone sign-up and the resident role', () => {
  it('refuses the kiosk (resident) on every phone sign-up method, and a phone’s sign-up without an open link’s token', async () => {
    const app = await openTestApp()
    try {
      const session = await dispatch(app.handlers, 'sessions.create', { title: '讲座', startsAt: '2026-12-01T10:00:00Z', place: '礼堂' }, 'en', 'worker')
      const sessionId = (session as { result: { id: string } }).result.id
      for (const method of ['phoneSignup.networks', 'phoneSignup.open', 'phoneSignup.status', 'phoneSignup.close']) {
        expect(await dispatch(app.handlers, method, { sessionId }, 'en', 'resident'), method).toMatchObject({ status: 403, error: { code: 'forbidden' } })
      }
      const signUp = { sessionId, token: 'a'.repeat(24), name: '王芳', phone: '13900001111', consent: true }
      expect(await dispatch(app.handlers, 'phoneSignup.signUp', signUp, 'zh-CN', 'resident')).toMatchObject({ status: 403, error: { code: 'forbidden' } })
      expect(await dispatch(app.handlers, 'phoneSignup.signUp', signUp, 'zh-CN', 'phone')).toMatchObject({ status: 403, error: { message: '签到已结束，没有保存任何内容。' } })
      const count = await app.db.read((db) => db.get<{ n: number }>('SELECT COUNT(*) AS n FROM attendees'))
      expect(count?.n).toBe(0)
    } finally {
      await app.cleanup()
    }
  })
})
