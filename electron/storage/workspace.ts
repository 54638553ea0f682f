import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { WorkspacePaths } from './types';
import { makeDirectorySync } from '../fs/makeDirectory';

export const DATABASE_FILE = 'beian.sqlite';

export function workspacePaths(root: string): WorkspacePaths {
  const abs = path.resolve(root);
  return {
    root: abs,
    database: path.join(abs, DATABASE_FILE),
    attachments: path.join(abs, 'attachments'),
    backups: path.join(abs, 'backups'),
  };
}

/** Creates the workspace folder and its attachments/ and backups/ subfolders if missing. */
export function ensureWorkspace(root: string): WorkspacePaths {
  const paths = workspacePaths(root);
  makeDirectorySync(paths.attachments);
  makeDirectorySync(paths.backups);
  return paths;
}
