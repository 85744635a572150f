import { pinyin } from 'pinyin-pro'

export interface NameSearchKeys {
  /** First letters: 张三 → zs, Li Na → ln. */
  initials: string
  /** Whole pinyin without tones or spaces: 张三 → zhangsan. */
  pinyin: string
}

/** Keys that let a worker find 张三 by typing "zs" or "zhangsan" on a laptop without a Chinese IME. */
export function nameSearchKeys(name: string): NameSearchKeys {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .flatMap((part) => part.toLowerCase().split(/[^a-z]+/))
    .filter(Boolean)
  return { initials: syllables.map((s) => s[0]).join(''), pinyin: syllables.join('') }
}
