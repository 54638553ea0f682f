import { open, rename, rm } from 'node:fs/promises';
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

/**
 * Replaces `target` with `data` so that a crash at any instant leaves either the old or the new
 * file: write <target>.tmp in one call, fsync it, rename it over target, fsync the folder.
 * On failure the temp file is removed and the error is rethrown.
 */
export async function writeFileDurable(target: string, data: Uint8Array): Promise<void> {
  const temp = target + TEMP_SUFFIX;
  try {
    const handle = await open(temp, 'w', PRIVATE_FILE_MODE); // personal data: owner only (issue 12 item 6)
    try {
      let offset = 0;
      while (offset < data.byteLength) {
        const { bytesWritten } = await handle.write(data, offset, data.byteLength - offset, offset);
        offset += bytesWritten;
      }
      await handle.sync();
    } catch (err) {
      await handle.close().catch(() => undefined);
      throw err;
    }
    await handle.close();
    await renameReplacing(temp, target);
  } catch (err) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw err;
  }
  await syncDirectory(path.dirname(target));
}

/** Moves a file aside (same folder) and makes the move durable. */
export async function moveDurable(from: string, to: string): Promise<void> {
  await renameReplacing(from, to);
  await syncDirectory(path.dirname(to));
}
