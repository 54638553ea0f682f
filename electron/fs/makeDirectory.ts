// `mkdir -p` without Node's recursive mkdir: Node 20's `mkdir(dir, { recursive: true })` (sync and async)
// spins forever, at full CPU, when a file system answers ENOENT for a folder whose parent exists — procfs
// does (`--out /proc/x`), and so can a stale mount. Here each missing folder is made once, top down, and
// any refusal comes back as the error it is.
import { mkdirSync, statSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { PRIVATE_DIR_MODE } from './privateModes';

const code = (err: unknown) => (err as NodeJS.ErrnoException).code;

function notADirectory(dir: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`not a directory: ${path.basename(dir)}`), { code: 'ENOTDIR' });
}

/** The folders from the first missing one down to `dir`, outermost first. */
async function missingFolders(dir: string): Promise<string[]> {
  const missing: string[] = [];
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    try {
      if (!(await stat(d)).isDirectory()) throw notADirectory(d);
      break;
    } catch (err) {
      if (code(err) !== 'ENOENT') throw err;
      missing.unshift(d);
      if (path.dirname(d) === d) break;
    }
  }
  return missing;
}

export async function makeDirectory(dir: string): Promise<void> {
  for (const d of await missingFolders(dir)) {
    try {
      await mkdir(d, PRIVATE_DIR_MODE);
    } catch (err) {
      if (code(err) !== 'EEXIST') throw err;
    }
  }
}

export function makeDirectorySync(dir: string): void {
  const missing: string[] = [];
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    try {
      if (!statSync(d).isDirectory()) throw notADirectory(d);
      break;
    } catch (err) {
      if (code(err) !== 'ENOENT') throw err;
      missing.unshift(d);
      if (path.dirname(d) === d) break;
    }
  }
  for (const d of missing) {
    try {
      mkdirSync(d, PRIVATE_DIR_MODE);
    } catch (err) {
      if (code(err) !== 'EEXIST') throw err;
    }
  }
}
