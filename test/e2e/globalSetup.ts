import { existsSync } from 'node:fs';
import path from 'node:path';
import { electronRuntime } from './electronApp';

export default function globalSetup(): void {
  const root = path.resolve(__dirname, '..', '..');
  for (const file of ['dist/electron/webHost.cjs', 'dist/electron/main.cjs', 'dist/renderer/index.html']) {
    if (!existsSync(path.join(root, file))) {
      throw new Error(`${file} is missing: run \`npm run build\` before the end-to-end tests (npm test does it).`);
    }
  }
  const runtime = electronRuntime();
  console.log(
    runtime.available
      ? `Electron end-to-end runs: using ${runtime.executablePath}`
      : `Electron end-to-end runs: SKIPPED — the Electron runtime is not installed (${runtime.reason}); the same specs run in Chromium against the browser host.`,
  );
}
