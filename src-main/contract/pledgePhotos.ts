import { z } from 'zod'
import { defineMethod, idSchema, text } from './common'
import { MAX_PHOTO_BYTES, MAX_THUMBNAIL_BYTES, photoBase64 } from './photos'

export const pledgePhotoSchema = z.object({ id: idSchema, fileName: z.string(), addedAt: z.string(), thumbnailDataUrl: z.string() })
export type PledgePhoto = z.infer<typeof pledgePhotoSchema>

export const pledgePhotosContract = {
  'pledges.addPhoto': defineMethod({
    summary: "Keep a photo of a session's signed pledge forms (optional; JPEG, PNG or WebP up to 10 MB, with a JPEG thumbnail).",
    input: z.object({ sessionId: idSchema, fileName: text(200), dataBase64: photoBase64(MAX_PHOTO_BYTES), thumbnailBase64: photoBase64(MAX_THUMBNAIL_BYTES) }).strict(),
    output: pledgePhotoSchema,
  }),
  'pledges.photos': defineMethod({
    summary: "A session's photos of signed pledge forms, oldest first, with thumbnails.",
    input: z.object({ sessionId: idSchema }).strict(),
    output: z.object({ items: z.array(pledgePhotoSchema) }),
  }),
  'pledges.removePhoto': defineMethod({
    summary: 'Remove a photo of signed pledge forms.',
    input: z.object({ photoId: idSchema }).strict(),
    output: z.object({ removed: z.literal(true) }),
  }),
}
