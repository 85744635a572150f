const THUMB_MAX_EDGE = 320
const THUMB_QUALITY = 0.8

/**
 * A small JPEG of a photo, made here because the main process has no image library. Phones
 * store rotation in EXIF; createImageBitmap applies it, so the thumbnail stands upright.
 */
export async function makeThumbnailBase64(file: Blob): Promise<string> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' })
  try {
    const scale = Math.min(1, THUMB_MAX_EDGE / Math.max(bitmap.width, bitmap.height))
    const canvas = document.createElement('canvas')
    canvas.width = Math.max(1, Math.round(bitmap.width * scale))
    canvas.height = Math.max(1, Math.round(bitmap.height * scale))
    const context = canvas.getContext('2d')!
    context.fillStyle = '#fff'
    context.fillRect(0, 0, canvas.width, canvas.height)
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
    return canvas.toDataURL('image/jpeg', THUMB_QUALITY).replace(/^data:image\/jpeg;base64,/, '')
  } finally {
    bitmap.close()
  }
}
