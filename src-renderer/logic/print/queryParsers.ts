import { isPaperSize, type PaperSize } from './paper'

export type PrintLanguage = 'zh-CN' | 'en' | 'both'

export const parsePaper = (raw: string | undefined): PaperSize => (isPaperSize(raw) ? raw : 'A4')

export function parseLanguage(raw: string | undefined, fallback: PrintLanguage): PrintLanguage {
  return raw === 'zh-CN' || raw === 'en' || raw === 'both' ? raw : fallback
}

export function parseWholeNumber(raw: string | undefined, fallback: number, min: number, max: number): number {
  const value = Number(raw)
  return Number.isInteger(value) && value >= min && value <= max ? value : fallback
}

export const parseFlag = (raw: string | undefined): boolean => raw === '1'
export const serializeFlag = (value: boolean): string => (value ? '1' : '0')
