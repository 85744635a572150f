import type { ApiLocale } from '../contract/locale'

/** Messages for the desktop shell's own methods (merged into the API catalogue). */
export const shellMessages: Record<ApiLocale, Record<string, string>> = {
  'zh-CN': {
    kiosk_needs_pin: '请先在“设置”中设定自助登记 PIN，才能开启自助登记。',
  },
  en: {
    kiosk_needs_pin: 'Set a self sign-up PIN under Settings before starting self sign-up.',
  },
}
