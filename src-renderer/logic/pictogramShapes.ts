import type { PictogramName } from '@contract/pictograms'
import ban from 'lucide-static/icons/ban.svg?raw'
import banknote from 'lucide-static/icons/banknote.svg?raw'
import briefcase from 'lucide-static/icons/briefcase.svg?raw'
import cardSim from 'lucide-static/icons/card-sim.svg?raw'
import creditCard from 'lucide-static/icons/credit-card.svg?raw'
import gift from 'lucide-static/icons/gift.svg?raw'
import graduationCap from 'lucide-static/icons/graduation-cap.svg?raw'
import handCoins from 'lucide-static/icons/hand-coins.svg?raw'
import headset from 'lucide-static/icons/headset.svg?raw'
import heartCrack from 'lucide-static/icons/heart-crack.svg?raw'
import house from 'lucide-static/icons/house.svg?raw'
import idCard from 'lucide-static/icons/id-card.svg?raw'
import keyRound from 'lucide-static/icons/key-round.svg?raw'
import landmark from 'lucide-static/icons/landmark.svg?raw'
import link2Off from 'lucide-static/icons/link-2-off.svg?raw'
import messageSquareWarning from 'lucide-static/icons/message-square-warning.svg?raw'
import phoneCall from 'lucide-static/icons/phone-call.svg?raw'
import phoneOff from 'lucide-static/icons/phone-off.svg?raw'
import pill from 'lucide-static/icons/pill.svg?raw'
import scale from 'lucide-static/icons/scale.svg?raw'
import scanFace from 'lucide-static/icons/scan-face.svg?raw'
import searchCheck from 'lucide-static/icons/search-check.svg?raw'
import shieldAlert from 'lucide-static/icons/shield-alert.svg?raw'
import shieldCheck from 'lucide-static/icons/shield-check.svg?raw'
import shoppingCart from 'lucide-static/icons/shopping-cart.svg?raw'
import smartphone from 'lucide-static/icons/smartphone.svg?raw'
import trendingUp from 'lucide-static/icons/trending-up.svg?raw'
import triangleAlert from 'lucide-static/icons/triangle-alert.svg?raw'
import users from 'lucide-static/icons/users.svg?raw'
import video from 'lucide-static/icons/video.svg?raw'

/** Lucide's SVG source for every allowed pictogram; the type makes a missing one a build error. */
const SOURCES: Record<PictogramName, string> = {
  ban: ban,
  banknote: banknote,
  briefcase: briefcase,
  'card-sim': cardSim,
  'credit-card': creditCard,
  gift: gift,
  'graduation-cap': graduationCap,
  'hand-coins': handCoins,
  headset: headset,
  'heart-crack': heartCrack,
  house: house,
  'id-card': idCard,
  'key-round': keyRound,
  landmark: landmark,
  'link-2-off': link2Off,
  'message-square-warning': messageSquareWarning,
  'phone-call': phoneCall,
  'phone-off': phoneOff,
  pill: pill,
  scale: scale,
  'scan-face': scanFace,
  'search-check': searchCheck,
  'shield-alert': shieldAlert,
  'shield-check': shieldCheck,
  'shopping-cart': shoppingCart,
  smartphone: smartphone,
  'trending-up': trendingUp,
  'triangle-alert': triangleAlert,
  users: users,
  video: video,
}

export interface PictogramShape {
  tag: string
  attrs: Record<string, string>
}

const SHAPE = /<(path|circle|rect|line|polyline|polygon|ellipse)\b([^>]*?)\/?>/g
const ATTRIBUTE = /([a-zA-Z][\w-]*)="([^"]*)"/g

/** The drawing inside one icon's 24×24 box, as elements Vue can render without inserting raw HTML. */
export function pictogramShapes(name: PictogramName): PictogramShape[] {
  return [...SOURCES[name].matchAll(SHAPE)].map(([, tag, attributes]) => ({
    tag: tag ?? 'path',
    attrs: Object.fromEntries([...(attributes ?? '').matchAll(ATTRIBUTE)].map(([, key, value]) => [key ?? '', value ?? ''])),
  }))
}
