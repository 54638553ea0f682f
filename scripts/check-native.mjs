// After `npm ci`: prove every native or WASM dependency actually loads and works on this machine.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
const require = createRequire(import.meta.url);
const checks = [];

checks.push(['better-sqlite3 (native, bench baseline)', () => {
  const Database = require('better-sqlite3');
  const db = new Database(':memory:');
  const { v } = db.prepare('select sqlite_version() as v').get();
  db.close();
  return `SQLite ${v}`;
}]);
checks.push(['sql.js (WASM, the app database)', async () => {
  const initSqlJs = require('sql.js');
  const SQL = await initSqlJs({ wasmBinary: readFileSync(require.resolve('sql.js/dist/sql-wasm.wasm')) });
  const db = new SQL.Database();
  const v = db.exec('select sqlite_version()')[0].values[0][0];
  db.close();
  return `SQLite ${v}`;
}]);
checks.push(['sharp (native libvips, scans and standard images)', async () => {
  const sharp = require('sharp');
  const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#336699' } }).jpeg().toBuffer();
  const meta = await sharp(jpeg).metadata();
  if (meta.format !== 'jpeg' || meta.width !== 64) throw new Error('sharp did not round-trip a JPEG');
  return `libvips ${sharp.versions.vips}; HEIF container input ${sharp.format.heif?.input?.buffer ? 'yes (AVIF; HEVC-coded HEIC needs a libvips with libde265)' : 'no'}`;
}]);
checks.push(['subset-font (HarfBuzz WASM, the PDF fonts)', async () => {
  const subsetFont = require('subset-font');
  const font = readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'));
  const subset = await subsetFont(font, '备案台', { targetFormat: 'truetype' });
  if (!(subset.length > 0 && subset.length < font.length)) throw new Error('HarfBuzz did not subset the font');
  return `Noto Sans SC ${font.length} → ${subset.length} bytes for 3 characters`;
}]);
checks.push(['esbuild (native binary, bundler)', () => require('esbuild').transformSync('let a: number = 1', { loader: 'ts' }).code.trim()]);

let failed = false;
for (const [name, check] of checks) {
  try {
    console.log(`✓ ${name}: ${await check()}`);
  } catch (err) {
    failed = true;
    console.error(`✗ ${name}: ${err && err.message}`);
  }
}
process.exit(failed ? 1 : 0);
