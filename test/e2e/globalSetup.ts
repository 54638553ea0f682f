import { existsSync } from 'node:fs';
import path from 'node:path';

export default function globalSetup(): void {
  const root = path.resolve(__dirname, '..', '..');
  for (const file of ['dist/electron/webHost.cjs', 'dist/renderer/index.html']) {
    if (!existsSync(path.join(root, file))) {
      throw new Error(`${file} is missing: run \`npm run build\` before the end-to-end tests (npm test does it).`);
    }
  }
}
