// ImageMagick's identify over an image written to a temporary file: the checks do not trust our code.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function identify(bytes: Buffer, format?: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'beian-identify-'));
  try {
    const file = path.join(dir, 'image.jpg');
    writeFileSync(file, bytes);
    const args = format === undefined ? ['-verbose', file] : ['-format', format, file];
    return execFileSync('identify', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
