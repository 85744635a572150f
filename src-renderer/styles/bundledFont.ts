/**
 * The bundled Noto Sans SC, for what must look the same on every computer: slides (presenter, audience,
 * handouts) and printed pages, whose PDFs embed it. The rest of the app uses the system's Chinese font
 * (uiFont.ts), so starting the app loads none of these font pieces; they load with the first page that
 * shows a slide or a printable.
 */
import '@fontsource/noto-sans-sc/400.css'
import '@fontsource/noto-sans-sc/700.css'
