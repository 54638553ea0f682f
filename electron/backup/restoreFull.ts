import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../shared/api/errors';
import type { BackupManifest } from '../../shared/backup/manifest';
import { syncDirectory } from '../storage/durableFile';
import { ensureWorkspace } from '../storage/workspace';
import { CONFIRM_SET_ASIDE_MESSAGE, type WorkspaceSession } from '../workspace/session';
import { readFullBackup } from './readFullBackup';

const STAGING_PREFIX = '.restore-';

export interface RestoredFull {
  manifest: BackupManifest;
  replaced?: string;
}

/**
 * 从备份恢复: decrypts the .beianbak into a staging folder inside the workspace and checks every entry
 * against the manifest, checks the database itself (intact, not newer), and only then, with the
 * workspace closed, moves the scans in (content-addressed: one already there is the same file) and
 * installs the database, setting aside a database that holds data. Any failure before that point
 * leaves the workspace as it was.
 */
export async function restoreFullBackup(session: WorkspaceSession, file: string, passphrase: string, confirmSetAside: boolean): Promise<RestoredFull> {
  if (session.holdsData() && !confirmSetAside) throw new ApiError('VALIDATION', CONFIRM_SET_ASIDE_MESSAGE, 'confirmSetAside');
  const paths = ensureWorkspace(session.root);
  for (const name of await readdir(paths.root)) {
    if (name.startsWith(STAGING_PREFIX)) await rm(path.join(paths.root, name), { recursive: true, force: true });
  }
  const staging = path.join(paths.root, `${STAGING_PREFIX}${randomBytes(4).toString('hex')}`);
  await mkdir(staging, { mode: 0o700 });
  try {
    const read = await readFullBackup(file, passphrase, { attachmentsTo: staging, keepDatabase: true });
    if (!read.database) throw new ApiError('VALIDATION', '备份中没有数据库', 'file');
    await session.checkRestorable(read.database);
    const moveScansIn = async () => {
      for (const name of await readdir(staging)) {
        const target = path.join(paths.attachments, name);
        if (!existsSync(target)) await rename(path.join(staging, name), target);
      }
      await syncDirectory(paths.attachments);
    };
    const status = await session.replaceDatabase(read.database, path.basename(file), confirmSetAside, moveScansIn);
    return { manifest: read.manifest, ...(status.replaced ? { replaced: status.replaced } : {}) };
  } finally {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
  }
}
