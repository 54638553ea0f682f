import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { moveDurable } from './durableFile';
import { fileStamp, parseFileStamp } from './stamp';
import type { BackupInfo, WorkspacePaths } from './types';
import { DATABASE_FILE, workspacePaths } from './workspace';

/**
 * beian.sqlite.replaced-<stamp>[-n]: a database a restore put aside. Like a backup it is listed and
 * restorable; unlike a rolling backup it is never pruned.
 */
const REPLACED_NAME = /^beian\.sqlite\.replaced-(\d{8}-\d{6})(?:-\d+)?$/;

export function isSetAsideName(file: string): boolean {
  const match = REPLACED_NAME.exec(file);
  return !!match && !!parseFileStamp(`${match[1]!}-000`);
}

export type AsideLabel = 'damaged' | 'replaced' | 'orphan';

/** Renames `file` aside in its folder (`<file>.<label>-<stamp>[-n]`), never overwriting anything; returns the new path. */
export async function setAsideFile(file: string, label: AsideLabel, now: Date): Promise<string> {
  const base = `${file}.${label}-${fileStamp(now)}`;
  let target = base;
  for (let n = 2; existsSync(target); n++) target = `${base}-${n}`;
  await moveDurable(file, target);
  return target;
}

/** Renames the database aside in the same folder, never overwriting anything; returns the new path. */
export function setAside(paths: WorkspacePaths, label: 'damaged' | 'replaced', now: Date): Promise<string> {
  return setAsideFile(paths.database, label, now);
}

/** Databases a restore set aside, newest first. */
export async function listSetAside(root: string): Promise<BackupInfo[]> {
  const dir = workspacePaths(root).root;
  const names = await readdir(dir).catch(() => [] as string[]);
  const found: BackupInfo[] = [];
  for (const file of names) {
    if (!file.startsWith(`${DATABASE_FILE}.`) || !isSetAsideName(file)) continue;
    try {
      const info = await stat(path.join(dir, file));
      const created = parseFileStamp(`${REPLACED_NAME.exec(file)![1]!}-000`)!;
      if (info.isFile()) found.push({ file, createdAt: created.toISOString(), bytes: info.size, kind: 'setAside' });
    } catch {
      // removed meanwhile
    }
  }
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.file.localeCompare(a.file));
}
