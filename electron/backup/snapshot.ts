import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DATABASE_ENTRY, ATTACHMENT_PREFIX, beijingIso, MANIFEST_FORMAT, type BackupManifest } from '../../shared/backup/manifest';
import { appRoot } from '../appRoot';
import { all } from '../storage/rows';
import { schemaVersion } from '../storage/migrate';
import type { Store } from '../storage/types';
import { getUnit } from '../services/unitService';

/** What one full backup holds: the database as of the last commit, and the attachments it refers to. */
export interface BackupSnapshot {
  database: Uint8Array;
  manifest: BackupManifest;
  /** Entry path in the tar -> file on disk, in manifest order (after the database). */
  attachmentFiles: Map<string, string>;
}

let cachedVersion: string | undefined;
export function appVersion(): string {
  if (cachedVersion === undefined) {
    try {
      cachedVersion = String((JSON.parse(readFileSync(path.join(appRoot(), 'package.json'), 'utf8')) as { version?: unknown }).version ?? '0.0.0');
    } catch {
      cachedVersion = '0.0.0';
    }
  }
  return cachedVersion;
}

/**
 * Takes the snapshot in one synchronous step on the open store: mutations are synchronous and each
 * commits whole, so the exported database is exactly the last committed state, without stopping the
 * app. Attachments are content-addressed and never change; their names give their hashes, which the
 * writer checks against the bytes it actually reads.
 */
export function takeSnapshot(store: Store, now: Date): BackupSnapshot {
  const { database, rows, version } = store.read((db) => ({
    database: db.export(),
    rows: all<{ sha256: string; ext: string; bytes: number }>(db, 'SELECT sha256, ext, bytes FROM attachment ORDER BY sha256'),
    version: schemaVersion(db),
  }));
  const unit = getUnit(store);
  const attachmentFiles = new Map<string, string>();
  const entries: BackupManifest['entries'] = [
    { path: DATABASE_ENTRY, bytes: database.byteLength, sha256: createHash('sha256').update(database).digest('hex') },
  ];
  for (const row of rows) {
    const name = `${row.sha256}.${row.ext}`;
    const entry = `${ATTACHMENT_PREFIX}${name}`;
    attachmentFiles.set(entry, path.join(store.paths.attachments, name));
    entries.push({ path: entry, bytes: row.bytes, sha256: row.sha256 });
  }
  return {
    database,
    attachmentFiles,
    manifest: {
      format: MANIFEST_FORMAT,
      appVersion: appVersion(),
      schemaVersion: version,
      unit: unit ? { name: unit.name, creditCode: unit.creditCode } : null,
      createdAt: beijingIso(now),
      entries,
    },
  };
}
