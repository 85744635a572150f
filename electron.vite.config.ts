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
      rollupOptions: { input: { index: resolve('src-renderer/index.html') } },
    },
    plugins: [vue(), contentSecurityPolicyMeta()],
  },
})
