import { onBeforeUnmount, watchEffect } from 'vue'
import { pageRule, type Orientation, type PaperSize } from '../logic/print/paper'

/** Sets the document's @page size while a printable is shown, and removes it when the preview closes. */
export function usePageRule(paper: () => PaperSize, orientation: () => Orientation): void {
  const style = document.createElement('style')
  style.dataset.printPageRule = ''
  document.head.appendChild(style)
  watchEffect(() => {
    style.textContent = pageRule(paper(), orientation())
  })
  onBeforeUnmount(() => style.remove())
}
