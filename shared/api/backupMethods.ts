// The API of 备份与迁移: encrypted full backups (.beianbak) to a USB drive or folder, and restore.
import { z } from 'zod';
import { MIN_PASSPHRASE_LENGTH } from '../backup/passphraseStrength';

export const BACKUP_LABELS = {
  destination: '保存位置',
  pick: '选择文件夹',
  passphrase: '备份口令',
  rememberPassphrase: '在本机钥匙串中记住口令',
  useRememberedPassphrase: '使用记住的口令',
  jobId: '备份任务',
  path: '备份文件',
  file: '备份文件',
  confirmSetAside: '确认另存当前数据',
  reminderDays: '提醒周期（天）',
  cancel: '取消',
  offMachine: '保存位置在电脑以外',
} as const;

const passphraseSchema = z
  .string()
  .min(MIN_PASSPHRASE_LENGTH, `备份口令至少 ${MIN_PASSPHRASE_LENGTH} 个字符`)
  .max(1024, '备份口令不能超过 1024 个字符');

export const lastBackupSchema = z.object({
  /** When it was verified (ISO instant). */
  at: z.string(),
  file: z.string(),
  folder: z.string(),
  bytes: z.number().int().nonnegative(),
  /** Written to a removable drive, or to a place the user marked as off this computer (older records: false). */
  offMachine: z.boolean().default(false),
});

export const backupStatusSchema = z.object({
  /** The last full backup written, read back and verified off this workspace; null: never. */
  lastVerified: lastBackupSchema.nullable(),
  /** The last verified backup that is off this computer (a removable drive, or a place marked so); null: never. */
  lastOffMachine: lastBackupSchema.nullable(),
  reminderDays: z.number().int().min(1).max(365),
  /** Never backed up off this computer, or the last such backup is older than reminderDays. */
  due: z.boolean(),
  daysSince: z.number().int().nonnegative().nullable(),
  /** A passphrase is kept in this computer's keychain (desktop app only). */
  passphraseRemembered: z.boolean(),
});
export type BackupStatus = z.infer<typeof backupStatusSchema>;

export const backupProgressSchema = z.object({
  phase: z.enum(['write', 'verify', 'done', 'failed', 'cancelled']),
  bytesDone: z.number().nonnegative(),
  bytesTotal: z.number().nonnegative(),
  /** Estimated seconds left for the whole job (write and verify), once enough is known. */
  secondsLeft: z.number().nonnegative().optional(),
  result: z.object({ file: z.string(), path: z.string(), bytes: z.number().int().nonnegative(), verifiedAt: z.string() }).optional(),
  error: z.object({ message: z.string() }).optional(),
});
export type BackupProgressInfo = z.infer<typeof backupProgressSchema>;

export const foundBackupSchema = z.object({
  path: z.string(),
  file: z.string(),
  bytes: z.number().int().nonnegative(),
  modifiedAt: z.string(),
  /** Where it was found: a drive's label or 本机“文档”文件夹. */
  where: z.string(),
});

export const backupMethods = {
  'backup.status': {
    summary: '备份与迁移：最近一次已校验的完整备份（时间、文件、位置）、提醒周期、是否该备份了',
    input: z.object({}).strict(),
    output: backupStatusSchema,
  },
  'backup.saveSettings': {
    summary: '保存完整备份的提醒周期（天，默认 30）',
    input: z.object({ reminderDays: z.number().int().min(1, '提醒周期至少 1 天').max(365, '提醒周期最多 365 天') }),
    output: backupStatusSchema,
    labels: BACKUP_LABELS,
  },
  'backup.start': {
    summary:
      '备份到U盘：把数据库快照和全部扫描件写成一个用口令加密的 .beianbak 文件（age 格式），读回逐项校验后才改名为 备案台备份_<统一社会信用代码>_<时间>.beianbak；返回任务编号，用 backup.progress 查看进度。界面只能选 filing.destinations 列出的位置或选择文件夹得到的句柄（picker.browse / picker.native）。只有写到可移动磁盘或标记为 offMachine 的备份，才算电脑以外的备份（提醒以此为准）',
    input: z.object({
      destination: z.string().min(1).max(4096).optional(),
      /** Desktop app: the main process asks for any folder with its own dialog. */
      pick: z.literal('folder').optional(),
      passphrase: passphraseSchema.optional(),
      rememberPassphrase: z.boolean().default(false),
      useRememberedPassphrase: z.boolean().default(false),
      /** The person says this place is off this computer (e.g. an external disk not detected as removable). */
      offMachine: z.boolean().default(false),
    }),
    output: z.object({ jobId: z.string() }),
    labels: BACKUP_LABELS,
  },
  'backup.progress': {
    summary: '备份进度：阶段（写入 / 校验 / 完成 / 失败 / 已取消）、已处理字节、总字节、预计剩余秒数；完成时附文件',
    input: z.object({ jobId: z.string().min(1).max(64) }),
    output: backupProgressSchema,
    labels: BACKUP_LABELS,
  },
  'backup.cancel': {
    summary: '取消备份：不留下任何文件',
    input: z.object({ jobId: z.string().min(1).max(64) }),
    output: backupProgressSchema,
    labels: BACKUP_LABELS,
  },
  'backup.find': {
    summary: '在 U 盘和本机“文档”文件夹（最上层）中找到的 .beianbak 备份文件，最新的在前',
    input: z.object({}).strict(),
    output: z.array(foundBackupSchema),
  },
  'backup.restore': {
    summary:
      '从备份恢复：解密 .beianbak，逐项核对 SHA-256，再恢复到工作目录；有数据的工作目录先另存（可再恢复），须 confirmSetAside: true。口令错误、文件不完整或被改动时不做任何改动。界面只能选 backup.find 列出的文件或选择文件得到的句柄（picker.browse / picker.native）',
    input: z.object({
      path: z.string().min(1).max(4096).optional(),
      pick: z.literal('file').optional(),
      passphrase: z.string().min(1, '请填写备份口令').max(1024).optional(),
      useRememberedPassphrase: z.boolean().default(false),
      confirmSetAside: z.boolean().default(false),
    }),
    output: z.object({
      /** The set-aside file name of the database the restore replaced (listed among the backups), if any. */
      replaced: z.string().optional(),
      backup: z.object({ createdAt: z.string(), appVersion: z.string(), unitName: z.string().nullable(), attachments: z.number().int().nonnegative() }),
    }),
    labels: BACKUP_LABELS,
  },
} as const;
