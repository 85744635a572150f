// Renders icon.svg into the app icons electron-builder uses: 512x512.png and 256x256.png (Linux, AppImage/.deb)
// and icon.ico (Windows: the exe, the installer and the shortcuts). Run it after changing icon.svg:
//   node resources/icons/renderIcons.mjs
// It needs Chromium (CHROMIUM_PATH, default /usr/bin/chromium) and the Noto Sans CJK font for the 反诈 lettering.
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const here = dirname(fileURLToPath(import.meta.url))
const PNG_SIZES = [512, 256]
// Windows picks the nearest size for each place it shows the icon (title bar 16/24, taskbar 32/48, Explorer up to 256).
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]

/** Each size is drawn from the vector at that size (not scaled down from 512), so small icons stay crisp. */
async function rasterize(svg, sizes) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] })
  try {
    const page = await browser.newPage()
    return await page.evaluate(
      async ({ source, sizes }) => {
        const image = new Image()
        image.src = `data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(source)))}`
        await image.decode()
        await document.fonts.ready
        return sizes.map((size) => {
          const canvas = document.createElement('canvas')
          canvas.width = size
          canvas.height = size
          const context = canvas.getContext('2d')
          context.imageSmoothingQuality = 'high'
          context.drawImage(image, 0, 0, size, size)
          return { size, png: canvas.toDataURL('image/png').split(',')[1], rgba: Array.from(context.getImageData(0, 0, size, size).data) }
        })
      },
      { source: svg, sizes },
    )
  } finally {
    await browser.close()
  }
}

/** A 32-bit BGRA bitmap entry (rows bottom-up, then an all-clear AND mask): every Windows tool and NSIS reads these. */
function bitmapEntry(size, rgba) {
  const header = Buffer.alloc(40)
  header.writeUInt32LE(40, 0)
  header.writeInt32LE(size, 4)
  header.writeInt32LE(size * 2, 8)
  header.writeUInt16LE(1, 12)
  header.writeUInt16LE(32, 14)
  const pixels = Buffer.alloc(size * size * 4)
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4
      const to = ((size - 1 - y) * size + x) * 4
      pixels[to] = rgba[from + 2]
      pixels[to + 1] = rgba[from + 1]
      pixels[to + 2] = rgba[from]
      pixels[to + 3] = rgba[from + 3]
    }
  }
  const maskRowBytes = Math.ceil(size / 32) * 4
  return Buffer.concat([header, pixels, Buffer.alloc(maskRowBytes * size)])
}

/** 256 px is stored as PNG, as Windows expects for that size; the smaller ones as bitmaps. */
function icoFile(renders) {
  const images = renders.map(({ size, png, rgba }) => ({ size, data: size >= 256 ? Buffer.from(png, 'base64') : bitmapEntry(size, rgba) }))
  const directory = Buffer.alloc(6 + 16 * images.length)
  directory.writeUInt16LE(1, 2)
  directory.writeUInt16LE(images.length, 4)
  let offset = directory.length
  images.forEach(({ size, data }, index) => {
    const entry = 6 + 16 * index
    directory.writeUInt8(size >= 256 ? 0 : size, entry)
    directory.writeUInt8(size >= 256 ? 0 : size, entry + 1)
    directory.writeUInt16LE(1, entry + 4)
    directory.writeUInt16LE(32, entry + 6)
    directory.writeUInt32LE(data.length, entry + 8)
    directory.writeUInt32LE(offset, entry + 12)
    offset += data.length
  })
  return Buffer.concat([directory, ...images.map(({ data }) => data)])
}

const svg = readFileSync(join(here, 'icon.svg'), 'utf8')
const renders = await rasterize(svg, [...new Set([...PNG_SIZES, ...ICO_SIZES])])
for (const size of PNG_SIZES) {
  writeFileSync(join(here, `${size}x${size}.png`), Buffer.from(renders.find((render) => render.size === size).png, 'base64'))
}
writeFileSync(join(here, 'icon.ico'), icoFile(ICO_SIZES.map((size) => renders.find((render) => render.size === size))))
console.log(`wrote ${PNG_SIZES.map((size) => `${size}x${size}.png`).join(', ')} and icon.ico (${ICO_SIZES.join(', ')} px) in ${here}`)
