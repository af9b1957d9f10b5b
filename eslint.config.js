import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import noLiteralUiText from './scripts/eslint/no-literal-ui-text.js';
import featureBoundaries from './scripts/eslint/feature-boundaries.js';

const NODE_BUILTINS = [
  'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'util', 'events', 'stream',
  'worker_threads', 'module', 'zlib', 'buffer', 'process',
];
const nodeImports = { group: ['node:*', ...NODE_BUILTINS, ...NODE_BUILTINS.map((m) => `${m}/*`)], message: 'No Node APIs here.' };
const electronImports = { group: ['electron', 'electron/*'], message: 'Only electron/main and electron/preload may import Electron.' };
const uiImports = { group: ['react', 'react-dom', 'react-dom/*', '@mui/*', '@emotion/*'], message: 'shared/ holds no UI code.' };
const nativeImports = { group: ['better-sqlite3'], message: 'Only the back end touches the database.' };

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'artifacts/**', 'playwright-report/**', 'bench-results/**', '.electron-native/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: [nodeImports, electronImports, uiImports, nativeImports] }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'require', 'Buffer'],
    },
  },
  {
    files: ['electron/backend/**/*.ts', 'electron/web/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [electronImports] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, local: { rules: { 'no-literal-ui-text': noLiteralUiText } } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [nodeImports, electronImports, nativeImports] }],
      'local/no-literal-ui-text': 'error',
    },
  },
  {
    files: ['renderer/**/*.test.{ts,tsx}'],
    rules: { 'local/no-literal-ui-text': 'off' },
  },
  // Features plug in: one uses another only through its index, as the one list of uses allows, with no cycles.
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    plugins: { boundaries: { rules: { features: featureBoundaries } } },
    rules: { 'boundaries/features': ['error', { root: 'renderer/src/features', uses: 'renderer/src/features/uses.json', scope: 'renderer/src' }] },
  },
  {
    files: ['electron/backend/features/**/*.ts'],
    ignores: ['**/*.test.ts'],
    plugins: { boundaries: { rules: { features: featureBoundaries } } },
    rules: { 'boundaries/features': ['error', { root: 'electron/backend/features', uses: 'electron/backend/features/uses.json' }] },
  },
);
