import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readKioskLock } from '../../../src-main/db/repositories/kioskLockRepository'
import { withKioskWindow } from '../../../src-main/electron/withKioskWindow'
import type { KioskLock } from '../../../src-main/contract/kioskLock'
import { dispatch } from '../../../src-main/api/dispatch'
import { openTestApp, type TestApp } from '../../helpers/testApp'

let app: TestApp
let sessionId: string

beforeEach(async () => {
  app = await openTestApp()
  const created = await app.call('sessions.create', { title: '守好钱袋子', startsAt: '2026-12-01T14:30:00+08:00', place: '社区活动中心' })
  if (!created.ok) throw new Error(created.error.message)
  sessionId = (created.result as { id: string }).id
})
afterEach(() => app.cleanup())

describe('kiosk lock', () => {
  it('refuses to start without a kiosk PIN, in the caller’s language, and stores no lock', async () => {
    expect(await app.call('kiosk.start', { sessionId }, 'zh-CN')).toMatchObject({
      ok: false,
      status: 409,
      error: { code: 'conflict', message: '请先在“设置”中设定自助登记 PIN，才能开启自助登记。' },
    })
    expect(await app.call('kiosk.start', { sessionId }, 'en')).toMatchObject({ error: { message: 'Set a self sign-up PIN under Settings before starting self sign-up.' } })
    expect(await app.db.read(readKioskLock)).toBeUndefined()
  })

  it('refuses an unknown session', async () => {
    await app.call('settings.update', { kioskPin: '2468' })
    expect(await app.call('kiosk.start', { sessionId: '00000000-0000-4000-8000-000000000000' }, 'en')).toMatchObject({ ok: false, status: 404 })
    expect(await app.db.read(readKioskLock)).toBeUndefined()
  })

  it('keeps the lock in the database until the right PIN is given', async () => {
    await app.call('settings.update', { kioskPin: '2468' })
    const started = await app.call('kiosk.start', { sessionId })
    expect(started).toMatchObject({ ok: true, result: { sessionId } })
    expect(await app.db.read(readKioskLock)).toEqual((started as { result: KioskLock }).result)

    expect(await dispatch(app.handlers, 'kiosk.verifyPin', { pin: '1111' }, 'en', 'resident')).toMatchObject({ ok: true, result: { ok: false } })
    expect(await app.db.read(readKioskLock)).toMatchObject({ sessionId })
    expect(await dispatch(app.handlers, 'kiosk.verifyPin', { pin: '2468' }, 'en', 'resident')).toMatchObject({ ok: true, result: { ok: true } })
    expect(await app.db.read(readKioskLock)).toBeUndefined()
  })

  it('cannot be started by a resident', async () => {
    await app.call('settings.update', { kioskPin: '2468' })
    expect(await dispatch(app.handlers, 'kiosk.start', { sessionId }, 'en', 'resident')).toMatchObject({ ok: false, status: 403 })
    expect(await app.db.read(readKioskLock)).toBeUndefined()
  })

  it('opens the kiosk window after the lock is stored, and closes it only after the right PIN', async () => {
    const events: string[] = []
    const handlers = withKioskWindow(app.handlers, { open: (lock) => events.push(`open ${lock.sessionId}`), unlocked: () => events.push('unlocked') })
    await app.call('settings.update', { kioskPin: '2468' })
    expect(await dispatch(handlers, 'kiosk.start', {}, 'en', 'worker')).toMatchObject({ ok: false, status: 400 })
    expect(events).toEqual([])
    await dispatch(handlers, 'kiosk.start', { sessionId }, 'en', 'worker')
    expect(events).toEqual([`open ${sessionId}`])
    await dispatch(handlers, 'kiosk.verifyPin', { pin: '0000' }, 'en', 'resident')
    expect(events).toEqual([`open ${sessionId}`])
    await dispatch(handlers, 'kiosk.verifyPin', { pin: '2468' }, 'en', 'resident')
    expect(events).toEqual([`open ${sessionId}`, 'unlocked'])
  })
})
