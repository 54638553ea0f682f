import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The folder holding package.json, dist/ and assets/. Bundles live in <root>/dist/electron and the
 * sources in <root>/electron/…, so walk up from this file until package.json appears.
 */
export function appRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    dir = path.dirname(dir);
  }
  return path.resolve(__dirname, '..', '..');
}
