/** Full screen on and off, for the presenter and the audience window (F or a double-click). */
export function toggleFullScreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen()
  else void document.documentElement.requestFullscreen?.().catch(() => undefined)
}
