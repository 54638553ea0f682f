import { open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { errnoCode } from './storageError';
import { PRIVATE_FILE_MODE } from '../fs/privateModes';

export const TEMP_SUFFIX = '.tmp';

const isWindows = process.platform === 'win32';

/** fsync a folder so a rename inside it survives power loss (not possible, nor needed, on Windows). */
export async function syncDirectory(dir: string): Promise<void> {
  if (isWindows) return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** rename, retried briefly on Windows where virus scanners and indexers hold files open. */
async function renameReplacing(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (err) {
      const code = errnoCode(err);
      const transient = isWindows && (code === 'EPERM' || code === 'EACCES' || code === 'EBUSY');
      if (!transient || attempt >= 10) throw err;
      await new Promise((resolve) => setTimeout(resolve, 20 * (attempt + 1)));
    }
  }
}

/** A temp file written and synced, not yet renamed into place; what it held when its writer closed it. */
export interface WrittenTemp {
  temp: string;
  target: string;
  ino: number;
  size: number;
}

/** Writes `data` to <target>.tmp (created or replaced) and syncs it; the caller renames it with installTemp. */
export async function writeTempDurable(target: string, data: Uint8Array): Promise<WrittenTemp> {
  const temp = target + TEMP_SUFFIX;
  const handle = await open(temp, 'w', PRIVATE_FILE_MODE); // personal data: owner only (issue 12 item 6)
  try {
    let offset = 0;
    while (offset < data.byteLength) {
      const { bytesWritten } = await handle.write(data, offset, data.byteLength - offset, offset);
      offset += bytesWritten;
    }
    await handle.sync();
    const { ino, size } = await handle.stat();
    if (size !== data.byteLength) throw new Error(`${path.basename(temp)}: wrote ${data.byteLength} bytes, the file holds ${size}`);
    return { temp, target, ino, size };
  } finally {
    await handle.close();
  }
}

/**
 * Renames a written temp over its target and syncs the folder, only if the temp is still the very
 * file its writer synced (same inode, same size): a temp that anything cut short, replaced or
 * removed since is never put in place (the target keeps its old content).
 */
export async function installTemp(written: WrittenTemp): Promise<void> {
  const now = await stat(written.temp);
  if (now.ino !== written.ino || now.size !== written.size) {
    throw new Error(`${path.basename(written.temp)} changed after it was synced (${written.size} bytes written, ${now.size} found): not installed`);
  }
  await renameReplacing(written.temp, written.target);
  await syncDirectory(path.dirname(written.target));
}

/**
 * Replaces `target` with `data` so that a crash at any instant leaves either the old or the new
 * file: write <target>.tmp in one call, fsync it, rename it over target, fsync the folder.
 * On failure the temp file is removed and the error is rethrown.
 */
export async function writeFileDurable(target: string, data: Uint8Array): Promise<void> {
  let written: WrittenTemp;
  try {
    written = await writeTempDurable(target, data);
    await installTemp(written);
  } catch (err) {
    await rm(target + TEMP_SUFFIX, { force: true }).catch(() => undefined);
    throw err;
  }
}

/** Moves a file aside (same folder) and makes the move durable. */
export async function moveDurable(from: string, to: string): Promise<void> {
  await renameReplacing(from, to);
  await syncDirectory(path.dirname(to));
}
