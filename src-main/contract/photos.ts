import { z } from 'zod'
import { defineMethod, idSchema, text } from './common'

export const photoMimes = ['image/jpeg', 'image/png', 'image/webp'] as const

/** Base64 of at most 10 MB (the HTTP transport takes 16 MB bodies; base64 adds a third). */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024
export const MAX_THUMBNAIL_BYTES = 512 * 1024
export const photoBase64 = (maxBytes: number) =>
  z
    .string()
    .max(Math.ceil(maxBytes / 3) * 4 + 4, { error: 'photo_too_large' })
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, { error: 'photo_not_base64' })

export const photoSummarySchema = z.object({
  id: idSchema,
  sessionId: idSchema,
  fileName: z.string(),
  mime: z.enum(photoMimes),
  byteSize: z.number().int(),
  addedAt: z.string(),
  /** A small JPEG as a data: URL, ready for an <img>. */
  thumbnailDataUrl: z.string(),
})
export type PhotoSummary = z.infer<typeof photoSummarySchema>

export const photosContract = {
  'photos.add': defineMethod({
    summary: 'Attach a photo (JPEG, PNG or WebP, up to 10 MB) to a session, with a JPEG thumbnail made by the renderer. Both are checked by their bytes.',
    input: z.object({ sessionId: idSchema, fileName: text(200), dataBase64: photoBase64(MAX_PHOTO_BYTES), thumbnailBase64: photoBase64(MAX_THUMBNAIL_BYTES) }).strict(),
    output: photoSummarySchema,
  }),
  'photos.list': defineMethod({
    summary: "A session's photos, oldest first, with thumbnails.",
    input: z.object({ sessionId: idSchema }).strict(),
    output: z.object({ items: z.array(photoSummarySchema) }),
  }),
  'photos.get': defineMethod({
    summary: 'One photo at full size.',
    input: z.object({ photoId: idSchema }).strict(),
    output: z.object({ id: idSchema, fileName: z.string(), mime: z.enum(photoMimes), dataBase64: z.string() }),
  }),
  'photos.remove': defineMethod({
    summary: 'Remove a photo from its session.',
    input: z.object({ photoId: idSchema }).strict(),
    output: z.object({ removed: z.literal(true) }),
  }),
}
