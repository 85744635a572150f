import { ApiError } from '../../contract/errors'
import { sessionExists } from '../../db/repositories/sessionsRepository'
import { deletePledgePhoto, insertPledgePhoto, listPledgePhotos } from '../../db/repositories/pledgePhotosRepository'
import { checkedPhoto } from './checkedPhoto'
import type { HandlerContext, HandlersFor } from './context'

export function pledgePhotoHandlers({ db, now, newId }: HandlerContext): HandlersFor<'pledges.addPhoto' | 'pledges.photos' | 'pledges.removePhoto'> {
  return {
    'pledges.addPhoto': ({ sessionId, fileName, dataBase64, thumbnailBase64 }) => {
      const { bytes, thumbnail, mime } = checkedPhoto({ dataBase64, thumbnailBase64 })
      return db.write(async (tx) => {
        if (!(await sessionExists(tx, sessionId))) throw new ApiError('not_found', 'session_not_found')
        return insertPledgePhoto(tx, { id: newId(), sessionId, fileName, mime, bytes, thumbnail }, now().toISOString())
      })
    },
    'pledges.photos': ({ sessionId }) =>
      db.read(async (reader) => {
        if (!(await sessionExists(reader, sessionId))) throw new ApiError('not_found', 'session_not_found')
        return { items: await listPledgePhotos(reader, sessionId) }
      }),
    'pledges.removePhoto': ({ photoId }) =>
      db.write(async (tx) => {
        if ((await deletePledgePhoto(tx, photoId)) === 0) throw new ApiError('not_found', 'photo_not_found')
        return { removed: true as const }
      }),
  }
}
