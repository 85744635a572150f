import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import vue from 'eslint-plugin-vue'
import prettier from 'eslint-config-prettier'
import globals from 'globals'

const outsideContract = {
  regex: '^(?!zod$|\\./)',
  message: 'The contract is a leaf: it imports only zod and its own files.',
}
const mainFromRenderer = {
  regex: '(^|/)src-main(/|$)',
  message: 'The renderer reaches the main process only through the @contract alias.',
}
const apiFromComponents = {
  regex: '(^|/)api/client$',
  message: 'Components and pages call stores or composables; only they call the API.',
}

export default tseslint.config(
  { basePath: '../..' },
  { ignores: ['out*/**', 'dist/**', 'node_modules/**', 'tests/output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src-main/contract/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [outsideContract] }] },
  },
  {
    files: ['src-renderer/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [mainFromRenderer] }] },
  },
  {
    files: ['src-renderer/components/**', 'src-renderer/pages/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [mainFromRenderer, apiFromComponents] }] },
  },
  {
    files: ['src-main/**'],
    ignores: ['src-main/electron/**', 'src-main/preload/**', 'src-main/transports/ipc.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: "Only the thin shell (electron/, preload/, transports/ipc.ts) imports 'electron'." }] }] },
  },
  prettier,
)
