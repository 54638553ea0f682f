// The few file operations the package writer needs, behind one interface so tests can inject faults
// (a full disk, a drive pulled out, a file that reads back different) where a real mount is not possible.
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '../../fs/privateModes';

export interface PackageFs {
  mkdir(dir: string): Promise<void>;
  /** Creates the file (never replacing one), writes all of it, fsyncs and closes it. */
  writeFile(file: string, bytes: Uint8Array): Promise<void>;
  readFile(file: string): Promise<Uint8Array>;
  /** fsync a folder so the entries and renames in it survive a power cut (a no-op on Windows). */
  syncDir(dir: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  exists(p: string): Promise<boolean>;
  /** Removes a file or folder tree; never throws. */
  removeQuietly(p: string): Promise<void>;
}

const isWindows = process.platform === 'win32';

export const nodeFs: PackageFs = {
  // Owner only (0700 / 0600) on Linux and macOS: the package holds ID scans. FAT and exFAT drives have no modes
  // and ignore these without failing; Windows ignores them too.
  async mkdir(dir) {
    await mkdir(dir, PRIVATE_DIR_MODE);
  },
  async writeFile(file, bytes) {
    const handle = await open(file, 'wx', PRIVATE_FILE_MODE);
    try {
      let offset = 0;
      while (offset < bytes.byteLength) {
        const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset, offset);
        offset += bytesWritten;
      }
      await handle.sync();
    } finally {
      await handle.close().catch(() => undefined);
    }
  },
  readFile: (file) => readFile(file),
  async syncDir(dir) {
    if (isWindows) return;
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } catch (err) {
      // Some file systems (vfat over FUSE, network shares) refuse fsync on a folder: the files themselves were synced.
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'EINVAL' && code !== 'ENOTSUP' && code !== 'EISDIR') throw err;
    } finally {
      await handle.close().catch(() => undefined);
    }
  },
  rename: (from, to) => rename(from, to),
  async exists(p) {
    try {
      await stat(p);
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw err;
    }
  },
  async removeQuietly(p) {
    await rm(p, { recursive: true, force: true }).catch(() => undefined);
  },
};
