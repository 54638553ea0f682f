import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { tempDir } from '../../fixtures/storage/helpers';

/** The database a backup file holds: a .gz is inflated, a plain .sqlite (earlier versions) read as is. */
export function backupBytes(file: string): Buffer {
  const stored = readFileSync(file);
  return file.endsWith('.gz') ? gunzipSync(stored) : stored;
}

/** The backup's database as a plain file in a temp folder (outside backups/), for the sqlite3 shell. */
export function backupAsDatabase(file: string): string {
  const target = path.join(tempDir('beian-backup-plain-'), 'backup.sqlite');
  writeFileSync(target, backupBytes(file));
  return target;
}
