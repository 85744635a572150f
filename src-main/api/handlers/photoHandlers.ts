import { ApiError } from '../../contract/errors'
import { sessionExists } from '../../db/repositories/sessionsRepository'
import { deletePhoto, getPhoto, insertPhoto, listPhotos } from '../../db/repositories/photosRepository'
import { checkedPhoto } from './checkedPhoto'
import type { HandlerContext, HandlersFor } from './context'

export function photoHandlers({ db, now, newId }: HandlerContext): HandlersFor<'photos.add' | 'photos.list' | 'photos.get' | 'photos.remove'> {
  return {
    'photos.add': ({ sessionId, fileName, dataBase64, thumbnailBase64 }) => {
      const { bytes, thumbnail, mime } = checkedPhoto({ dataBase64, thumbnailBase64 })
      return db.write(async (tx) => {
        if (!(await sessionExists(tx, sessionId))) throw new ApiError('not_found', 'session_not_found')
        return insertPhoto(tx, { id: newId(), sessionId, fileName, mime, bytes, thumbnail }, now().toISOString())
      })
    },
    'photos.list': ({ sessionId }) =>
      db.read(async (reader) => {
        if (!(await sessionExists(reader, sessionId))) throw new ApiError('not_found', 'session_not_found')
        return { items: await listPhotos(reader, sessionId) }
      }),
    'photos.get': ({ photoId }) =>
      db.read(async (reader) => {
        const photo = await getPhoto(reader, photoId)
        if (!photo) throw new ApiError('not_found', 'photo_not_found')
        return { id: photo.id, fileName: photo.file_name, mime: photo.mime, dataBase64: photo.bytes.toString('base64') }
      }),
    'photos.remove': ({ photoId }) =>
      db.write(async (tx) => {
        if ((await deletePhoto(tx, photoId)) === 0) throw new ApiError('not_found', 'photo_not_found')
        return { removed: true as const }
      }),
  }
}
