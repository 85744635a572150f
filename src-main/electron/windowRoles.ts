import type { ApiRole } from '../api/roles'

interface ContentsLike {
  id: number
  once(event: 'destroyed', listener: () => void): unknown
}

/**
 * The API role of each window main opened, keyed by its web contents: what a window may do is decided
 * here, in the main process, by which window sends, never by what its page says.
 */
export class WindowRoles {
  private readonly roles = new Map<number, ApiRole>()

  assign(contents: ContentsLike, role: ApiRole): void {
    this.roles.set(contents.id, role)
    contents.once('destroyed', () => this.roles.delete(contents.id))
  }

  /** Undefined for any window main did not register: it may call nothing. */
  roleOf(contents: { id?: unknown } | null | undefined): ApiRole | undefined {
    return typeof contents?.id === 'number' ? this.roles.get(contents.id) : undefined
  }
}
