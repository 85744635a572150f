import { ApiError } from '../../contract/errors'
import { MAX_PHOTO_BYTES, MAX_THUMBNAIL_BYTES } from '../../contract/photos'
import { detectImageMime } from '../../domain/ledger/imageType'

/** A photo and its thumbnail checked by their bytes: whatever the file name says, only real images within size are kept. */
export function checkedPhoto({ dataBase64, thumbnailBase64 }: { dataBase64: string; thumbnailBase64: string }): {
  bytes: Buffer
  thumbnail: Buffer
  mime: NonNullable<ReturnType<typeof detectImageMime>>
} {
  const bytes = Buffer.from(dataBase64, 'base64')
  const thumbnail = Buffer.from(thumbnailBase64, 'base64')
  if (bytes.length > MAX_PHOTO_BYTES) throw new ApiError('payload_too_large', 'photo_too_large', {}, { dataBase64: 'photo_too_large' })
  const mime = detectImageMime(bytes)
  if (!mime) throw new ApiError('invalid_input', 'photo_wrong_type', {}, { dataBase64: 'photo_wrong_type' })
  if (thumbnail.length > MAX_THUMBNAIL_BYTES || detectImageMime(thumbnail) !== 'image/jpeg') {
    throw new ApiError('invalid_input', 'photo_thumbnail_wrong_type', {}, { thumbnailBase64: 'photo_thumbnail_wrong_type' })
  }
  return { bytes, thumbnail, mime }
}
