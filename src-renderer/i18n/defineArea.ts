type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> }

/** An area's texts: Chinese first, and English shaped exactly like it so no key is missing. */
export function defineAreaMessages<T extends Record<string, unknown>>(zhCN: T, en: Messages<T>): { 'zh-CN': T; en: Messages<T> } {
  return { 'zh-CN': zhCN, en }
}
