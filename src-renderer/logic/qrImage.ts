import QRCode from 'qrcode'

/** A QR code made offline, as an SVG data URL that stays sharp at any size (screen or print). */
export async function qrImage(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}
