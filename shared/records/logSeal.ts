// 游戏日志封存 (第七条: 日志在留存时不得更改或删除). The logs stay where they are; a seal records the size and
// SHA-256 of every file, and each seal's hash covers the previous seal's hash, so a rewritten seal breaks
// the chain and a changed, removed or added log file shows on verification.
import { z } from 'zod';

export const LOG_SEAL_LABELS = {
  path: '日志文件或文件夹',
  serverId: '游戏服务器',
  note: '备注',
  sealId: '封存记录',
} as const;

/** Every field of a seal as 变更记录 shows it (the audit entity is 'logSeal'). */
export const LOG_SEAL_AUDIT_LABELS = {
  ...LOG_SEAL_LABELS,
  seq: '序号',
  kind: '类型',
  sealedAt: '封存时间',
  fileCount: '文件数',
  totalBytes: '总大小',
  prevHash: '上一条封存哈希',
  hash: '封存哈希',
} as const;

export const sealedFileSchema = z.object({
  /** Relative to the sealed folder, with '/' separators; the file name itself when a single file was sealed. */
  path: z.string(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type SealedFile = z.infer<typeof sealedFileSchema>;

export const logSealSchema = z.object({
  id: z.string(),
  /** 1, 2, 3 … in sealing order; the chain runs in this order. */
  seq: z.number().int().positive(),
  /** The absolute path sealed (file or folder). */
  path: z.string(),
  kind: z.enum(['file', 'folder']),
  serverId: z.string(),
  note: z.string(),
  /** ISO 8601 instant. */
  sealedAt: z.string(),
  fileCount: z.number().int().nonnegative(),
  totalBytes: z.number().int().nonnegative(),
  /** The previous seal's hash ('' for the first seal). */
  prevHash: z.string(),
  /** SHA-256 over prevHash, the seal's fields and every file's path, size and SHA-256. */
  hash: z.string(),
});
export type LogSeal = z.infer<typeof logSealSchema>;

/** What sealing answers: the seal, and the symbolic links met in the folder (not followed, not sealed). */
export const logSealResultSchema = logSealSchema.extend({ skipped: z.array(z.string()) });
export type LogSealResult = z.infer<typeof logSealResultSchema>;

export const logVerifySchema = z.object({
  seal: logSealSchema,
  /** True when nothing changed since sealing and the chain up to this seal is intact. */
  ok: z.boolean(),
  changed: z.array(z.object({ path: z.string(), sealedBytes: z.number(), sealedSha256: z.string(), bytes: z.number(), sha256: z.string() })),
  removed: z.array(z.string()),
  added: z.array(z.string()),
  /** Files present but unreadable now (locked or no permission): they cannot be shown unchanged. */
  unreadable: z.array(z.string()),
  /** The chain of seals recomputed: false when any stored seal was altered. */
  chainOk: z.boolean(),
  /** Chinese lines for the screen and the command line. */
  lines: z.array(z.string()),
});
export type LogVerifyResult = z.infer<typeof logVerifySchema>;
