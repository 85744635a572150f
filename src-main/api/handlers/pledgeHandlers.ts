import { ApiError } from '../../contract/errors'
import type { ApiLocale } from '../../contract/locale'
import { defaultPledgeTemplate, type PledgeTemplate } from '../../contract/pledgeTemplate'
import { sessionExists } from '../../db/repositories/sessionsRepository'
import { isOnRoster } from '../../db/repositories/pledgeRoster'
import { deletePledge, findPersonPledge, findPledge, insertPledge, listPledges } from '../../db/repositories/pledgesRepository'
import { readSetting, SETTING_KEYS, writeSetting } from '../../db/repositories/settingsRepository'
import type { SqliteConnection } from '../../db/sqliteConnection'
import type { HandlerContext, HandlersFor } from './context'

type PledgeMethods = 'pledges.template.get' | 'pledges.template.update' | 'pledges.list' | 'pledges.record' | 'pledges.remove'

async function readTemplate(db: SqliteConnection, locale: ApiLocale): Promise<PledgeTemplate & { custom: boolean }> {
  const saved = (await readSetting(db, SETTING_KEYS.pledgeTemplate)) as PledgeTemplate | null | undefined
  return saved ? { ...saved, custom: true } : { ...defaultPledgeTemplate[locale], custom: false }
}

export function pledgeHandlers({ db, now, newId }: HandlerContext): HandlersFor<PledgeMethods> {
  const requireSession = async (reader: SqliteConnection, sessionId: string) => {
    if (!(await sessionExists(reader, sessionId))) throw new ApiError('not_found', 'session_not_found')
  }
  return {
    'pledges.template.get': ({ locale = 'zh-CN' }) => db.read((reader) => readTemplate(reader, locale)),
    'pledges.template.update': ({ template, locale = 'zh-CN' }) =>
      db.write(async (tx) => {
        await writeSetting(tx, SETTING_KEYS.pledgeTemplate, template, now().toISOString())
        return readTemplate(tx, locale)
      }),
    'pledges.list': ({ sessionId }) =>
      db.read(async (reader) => {
        await requireSession(reader, sessionId)
        return { items: await listPledges(reader, sessionId) }
      }),
    // Recording the same person twice answers the pledge already there, so a double click adds nothing.
    'pledges.record': ({ sessionId, attendeeId, kind }) =>
      db.write(async (tx) => {
        await requireSession(tx, sessionId)
        if (attendeeId) {
          if (!(await isOnRoster(tx, sessionId, attendeeId))) throw new ApiError('not_found', 'attendance_not_found')
          const existing = await findPersonPledge(tx, sessionId, attendeeId)
          if (existing) return existing
        }
        const id = newId()
        await insertPledge(tx, { id, sessionId, attendeeId: attendeeId ?? null, kind }, now().toISOString())
        return (await findPledge(tx, id))!
      }),
    'pledges.remove': ({ pledgeId }) =>
      db.write(async (tx) => {
        if ((await deletePledge(tx, pledgeId)) === 0) throw new ApiError('not_found', 'pledge_not_found')
        return { removed: true as const }
      }),
  }
}
