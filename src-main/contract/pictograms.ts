/**
 * The pictograms a slide may carry: a small set of Lucide icons (lucide-static, ISC licence) bundled with the
 * renderer. Names are Lucide's own, so a reader can look each one up at lucide.dev.
 */
export const PICTOGRAM_NAMES = [
  'ban',
  'banknote',
  'briefcase',
  'card-sim',
  'credit-card',
  'gift',
  'graduation-cap',
  'hand-coins',
  'headset',
  'heart-crack',
  'house',
  'id-card',
  'key-round',
  'landmark',
  'link-2-off',
  'message-square-warning',
  'phone-call',
  'phone-off',
  'pill',
  'scale',
  'scan-face',
  'search-check',
  'shield-alert',
  'shield-check',
  'shopping-cart',
  'smartphone',
  'trending-up',
  'triangle-alert',
  'users',
  'video',
] as const

export type PictogramName = (typeof PICTOGRAM_NAMES)[number]
