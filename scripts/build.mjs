// Builds everything the app, the browser host and the command line run from:
//   assets/sql-wasm.wasm   copied from node_modules (the WASM is never fetched from the network)
//   dist/electron/*.cjs    main, preload, cli, web host and the worker threads, bundled by esbuild
//   dist/renderer/         the React renderer, built by Vite
// Usage: node scripts/build.mjs [--node-only]
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const nodeOnly = process.argv.includes('--node-only');

mkdirSync(path.join(root, 'assets'), { recursive: true });
copyFileSync(require.resolve('sql.js/dist/sql-wasm.wasm'), path.join(root, 'assets', 'sql-wasm.wasm'));
// The PDF fonts (SIL OFL 1.1) come from npm packages and travel with their licence; none is committed.
const fonts = [
  ['@expo-google-fonts/noto-sans-sc', '400Regular/NotoSansSC_400Regular.ttf'],
  ['@expo-google-fonts/noto-sans-jp', '400Regular/NotoSansJP_400Regular.ttf'],
];
mkdirSync(path.join(root, 'assets', 'fonts'), { recursive: true });
for (const [pkg, file] of fonts) {
  copyFileSync(require.resolve(`${pkg}/${file}`), path.join(root, 'assets', 'fonts', path.basename(file)));
  const licence = path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'LICENSE_FONT');
  copyFileSync(licence, path.join(root, 'assets', 'fonts', `${path.basename(file, '.ttf')}.LICENSE.txt`));
}

const entries = {
  main: 'electron/main.ts',
  preload: 'electron/preload.ts',
  cli: 'electron/cli.ts',
  webHost: 'electron/webHost.ts',
  sheetWorker: 'electron/services/customerImport/sheetWorker.ts',
  backupReadBackWorker: 'electron/backup/readBackWorker.ts',
  // The database thread (electron/api/workerHost.ts starts it from beside main.cjs / webHost.cjs).
  apiWorker: 'electron/api/apiWorker.ts',
};
const started = Date.now();
await build({
  absWorkingDir: root,
  entryPoints: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, file])),
  outdir: 'dist/electron',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  // Native and runtime-provided modules stay outside the bundle.
  external: ['electron', 'better-sqlite3', 'sharp', 'subset-font', 'harfbuzzjs', 'fontkit', 'esbuild'],
  logLevel: 'warning',
  define: { 'process.env.BEIAN_BUNDLED': '"1"' },
});
console.log(`构建 dist/electron: ${Date.now() - started} ms`);

if (!nodeOnly) {
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: path.join(root, 'vite.config.mts'), logLevel: 'warn' });
  console.log(`构建 dist/renderer: ${Date.now() - started} ms`);
}
