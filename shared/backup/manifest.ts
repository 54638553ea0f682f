import { z } from 'zod';

/** The file a full backup is written as: age-encrypted (scrypt passphrase), holding a tar. */
export const FULL_BACKUP_EXTENSION = '.beianbak';
export const MANIFEST_ENTRY = 'manifest.json';
export const DATABASE_ENTRY = 'beian.sqlite';
export const ATTACHMENT_PREFIX = 'attachments/';
export const MANIFEST_FORMAT = 'beian-desk-backup/1';

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const manifestEntrySchema = z.object({
  /** Path inside the tar: beian.sqlite or attachments/<sha256>.<ext>. */
  path: z.string().regex(/^(beian\.sqlite|attachments\/[0-9a-f]{64}\.[a-z0-9]{1,8})$/),
  bytes: z.number().int().nonnegative(),
  sha256: sha256Hex,
});
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

/** The first entry of the tar: what the backup holds, so a reader can refuse early and check every entry. */
export const backupManifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  appVersion: z.string().max(40),
  /** PRAGMA user_version of the database: a newer one than the app knows is refused. */
  schemaVersion: z.number().int().nonnegative(),
  unit: z.object({ name: z.string().max(200), creditCode: z.string().max(40) }).nullable(),
  /** When the snapshot was taken, Beijing time (YYYY-MM-DDTHH:mm:ss+08:00). */
  createdAt: z.string(),
  entries: z.array(manifestEntrySchema).min(1),
});
export type BackupManifest = z.infer<typeof backupManifestSchema>;

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/** An instant in Beijing time (China keeps no daylight saving): 2026-12-06T18:05:09+08:00. */
export function beijingIso(date: Date): string {
  return `${new Date(date.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

/** 备案台备份_<统一社会信用代码>_<YYYYMMDD-HHmmss, Beijing time>.beianbak */
export function fullBackupFileName(creditCode: string | null, date: Date): string {
  const stamp = beijingIso(date).slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  const code = creditCode && /^[0-9A-Z]{18}$/.test(creditCode) ? creditCode : '未填写单位';
  return `备案台备份_${code}_${stamp}${FULL_BACKUP_EXTENSION}`;
}
