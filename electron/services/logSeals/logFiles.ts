import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SealedFile } from '../../../shared/records/logSeal';

/** What a walk of a sealed path finds: the files (sorted by path), the symbolic links skipped, the files that could not be read. */
export interface LogFileScan {
  kind: 'file' | 'folder';
  files: SealedFile[];
  skipped: string[];
  unreadable: string[];
}

/** Code-unit order, the same on every machine and locale (the chain hash depends on it). */
const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * SHA-256 and size of one file, read as a stream so a multi-gigabyte log never sits in memory. The size counted
 * is what was read, not what stat said. The read buffer fits the expected size (16 KB … 1 MB): a 1 MB buffer for
 * each of ten thousand small logs spent most of a verification in the garbage collector.
 */
export function hashFile(file: string, expectedBytes = 1 << 20): Promise<{ bytes: number; sha256: string }> {
  const chunk = Math.min(1 << 20, Math.max(16 << 10, expectedBytes + 1));
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    let bytes = 0;
    createReadStream(file, { highWaterMark: chunk })
      .on('data', (chunk) => {
        bytes += chunk.length;
        hash.update(chunk);
      })
      .on('error', reject)
      .on('end', () => resolve({ bytes, sha256: hash.digest('hex') }));
  });
}

/** Every regular file under `dir`, relative with '/' separators; symbolic links are listed, never followed. */
async function walk(dir: string, rel: string, found: { files: string[]; skipped: string[]; unreadable: string[] }): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    found.unreadable.push(rel === '' ? '.' : rel);
    return;
  }
  for (const entry of entries) {
    const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
    if (entry.isSymbolicLink()) found.skipped.push(childRel);
    else if (entry.isDirectory()) await walk(path.join(dir, entry.name), childRel, found);
    else if (entry.isFile()) found.files.push(childRel);
    else found.skipped.push(childRel); // sockets, pipes, devices: not log files
  }
}

/**
 * Lists and hashes the files of a log file or folder as they are now. `kind` says what the path was when sealed
 * (a path that has gone away scans as empty). Throws the fs error when `root` itself cannot be examined for
 * another reason than not existing.
 */
export async function scanLogPath(root: string, expected?: 'file' | 'folder'): Promise<LogFileScan & { exists: boolean }> {
  let rootStat;
  try {
    rootStat = await lstat(root);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR') {
      return { exists: false, kind: expected ?? 'folder', files: [], skipped: [], unreadable: [] };
    }
    throw err;
  }
  const found = { files: [] as string[], skipped: [] as string[], unreadable: [] as string[] };
  let kind: 'file' | 'folder';
  if (rootStat.isDirectory()) {
    kind = 'folder';
    await walk(root, '', found);
  } else if (rootStat.isFile()) {
    kind = 'file';
    found.files.push(path.basename(root));
  } else {
    kind = expected ?? 'file';
    found.skipped.push(path.basename(root));
  }
  const base = kind === 'file' ? path.dirname(root) : root;
  const files: SealedFile[] = [];
  for (const rel of found.files.sort(byPath)) {
    try {
      const file = path.join(base, ...rel.split('/'));
      files.push({ path: rel, ...(await hashFile(file, (await stat(file)).size)) });
    } catch {
      found.unreadable.push(rel);
    }
  }
  return { exists: true, kind, files, skipped: found.skipped.sort(byPath), unreadable: found.unreadable.sort(byPath) };
}
