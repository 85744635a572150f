import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import { CONTENT_SECURITY_POLICY_META } from './src-main/security/contentSecurityPolicy'

/** Puts the one CSP into the built HTML, so file:// pages in Electron are covered too. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'outreach-csp-meta',
    transformIndexHtml: (html) => html.replace('%CONTENT_SECURITY_POLICY%', CONTENT_SECURITY_POLICY_META),
  }
}

/**
 * Vue and its libraries get one named chunk that every page shares (left alone, the bundler names that shared
 * chunk after its first module, "_plugin-vue_export-helper"). ECharts, loaded only with the charts, comes as two
 * chunks, its renderer (zrender) and the charts, so neither passes 400 KB.
 */
const RENDERER_CHUNKS = {
  groups: [
    { name: 'vue', test: /[\\/]node_modules[\\/](vue|@vue|vue-router|pinia|vue-i18n|@intlify)[\\/]/, priority: 2 },
    { name: 'zrender', test: /[\\/]node_modules[\\/]zrender[\\/]/, priority: 1 },
    { name: 'echarts', test: /[\\/]node_modules[\\/](echarts|tslib)[\\/]/, priority: 1 },
  ],
}

// Several builds can share one checkout (e.g. parallel test runs) by each naming its own output folder.
const outDir = process.env.OUTREACH_OUT ?? 'out'

export default defineConfig({
  main: {
    build: {
      outDir: `${outDir}/main`,
      rollupOptions: {
        input: { index: resolve('src-main/index.ts'), serve: resolve('src-main/serve.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: `${outDir}/preload`,
      rollupOptions: { input: { index: resolve('src-main/preload/index.ts') } },
    },
  },
  renderer: {
    root: 'src-renderer',
    base: './',
    resolve: { alias: { '@contract': resolve('src-main/contract') } },
    build: {
      outDir: resolve(outDir, 'renderer'),
      // electron-vite leaves the renderer unminified; the app loads every byte of it at start-up.
      minify: true,
      rollupOptions: {
        input: { index: resolve('src-renderer/index.html') },
        output: { codeSplitting: RENDERER_CHUNKS },
      },
    },
    plugins: [vue(), contentSecurityPolicyMeta()],
  },
})
