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

const LARGE_MAX_EDGE = 4096
const LARGE_QUALITY = 0.88

/**
 * A photo over the size limit is re-encoded here (longest edge 4096 px, JPEG) instead of refused:
 * a worker with a 12 MB panorama should not have to find a way to shrink it on a laptop.
 */
export async function fitPhotoUnder(file: File, maxBytes: number): Promise<{ blob: Blob; fileName: string }> {
  if (file.size <= maxBytes) return { blob: file, fileName: file.name }
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' })
  try {
    const scale = Math.min(1, LARGE_MAX_EDGE / Math.max(bitmap.width, bitmap.height))
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(bitmap.width * scale)
    canvas.height = Math.round(bitmap.height * scale)
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', LARGE_QUALITY))
    if (!blob) throw new Error('encode failed')
    return { blob, fileName: file.name.replace(/\.[^.]*$/, '') + '.jpg' }
  } finally {
    bitmap.close()
  }
}
