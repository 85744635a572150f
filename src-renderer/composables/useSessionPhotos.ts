import type { ApiInput, ApiOutput } from '@contract'
import type { PhotoSummary } from '@contract/photos'
import { invoke } from '../api/client'

/** A session's photos: listed as thumbnails, added, removed, and fetched whole to view. */
export function useSessionPhotos() {
  async function listPhotos(sessionId: string): Promise<PhotoSummary[]> {
    return (await invoke('photos.list', { sessionId })).items
  }

  function addPhoto(input: ApiInput<'photos.add'>): Promise<ApiOutput<'photos.add'>> {
    return invoke('photos.add', input)
  }

  async function removePhoto(photoId: string): Promise<void> {
    await invoke('photos.remove', { photoId })
  }

  function loadFullPhoto(photoId: string): Promise<ApiOutput<'photos.get'>> {
    return invoke('photos.get', { photoId })
  }

  return { listPhotos, addPhoto, removePhoto, loadFullPhoto }
}
