import { ApiError } from '../../contract/errors'
import { MAX_PHOTO_BYTES, MAX_THUMBNAIL_BYTES } from '../../contract/photos'
import { sessionExists } from '../../db/repositories/sessionsRepository'
import { deletePledgePhoto, insertPledgePhoto, listPledgePhotos } from '../../db/repositories/pledgePhotosRepository'
import { detectImageMime } from '../../domain/ledger/imageType'
import type { HandlerContext, HandlersFor } from './context'

export function pledgePhotoHandlers({ db, now, newId }: HandlerContext): HandlersFor<'pledges.addPhoto' | 'pledges.photos' | 'pledges.removePhoto'> {
  return {
    // Checked by their bytes like activity photos: whatever the file name says, only real images are kept.
    'pledges.addPhoto': ({ sessionId, fileName, dataBase64, thumbnailBase64 }) => {
      const bytes = Buffer.from(dataBase64, 'base64')
      const thumbnail = Buffer.from(thumbnailBase64, 'base64')
      if (bytes.length > MAX_PHOTO_BYTES) throw new ApiError('payload_too_large', 'photo_too_large', {}, { dataBase64: 'photo_too_large' })
      const mime = detectImageMime(bytes)
      if (!mime) throw new ApiError('invalid_input', 'photo_wrong_type', {}, { dataBase64: 'photo_wrong_type' })
      if (thumbnail.length > MAX_THUMBNAIL_BYTES || detectImageMime(thumbnail) !== 'image/jpeg') {
        throw new ApiError('invalid_input', 'photo_thumbnail_wrong_type', {}, { thumbnailBase64: 'photo_thumbnail_wrong_type' })
      }
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
