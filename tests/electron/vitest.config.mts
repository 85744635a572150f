import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// Its own config, so `npm test` (tests/vitest.config.mts) never tries to launch Electron.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/electron/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
})
