// Lint exists here for one job the compiler cannot do alone: keeping the layers apart (docs/ARCHITECTURE.md,
// "The boundary, enforced"). shared/ is pure; the renderer reaches the outside only through window.beian;
// only the Electron entry points import 'electron'.
import tseslint from 'typescript-eslint';
import { importsDownward } from './scripts/eslint/importsDownward.mjs';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'zlib', 'worker_threads', 'readline'];
const nodePatterns = NODE_BUILTINS.map((name) => ({ group: [name], message: 'shared/ and renderer/ may not use Node APIs.' }));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'release/**', 'assets/**', 'demo-output/**', 'test-results/**', 'bin/**', '**/*.cjs', '**/*.mjs'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin, layers: { rules: { 'imports-downward': importsDownward } } },
    rules: {
      'layers/imports-downward': 'error',
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: "Only electron/main.ts, preload.ts and ipc.ts import 'electron'." }] }],
    },
  },
  {
    files: ['electron/main.ts', 'electron/preload.ts', 'electron/ipc.ts', 'test/e2e/electronApp.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'shared/ is pure TypeScript.' }],
          patterns: [
            ...nodePatterns,
            { group: ['**/electron/**', '**/renderer/**', 'react', 'react-dom', 'antd'], message: 'shared/ may not import the app layers or UI libraries.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to the outside only through window.beian.' }],
          patterns: [...nodePatterns, { group: ['**/electron/**'], message: 'The renderer may not import main-process code.' }],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
);
