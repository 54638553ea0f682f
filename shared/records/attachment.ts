import { z } from 'zod';

/** A scan's identity: the SHA-256 of its original bytes (64 lower-case hex digits). */
export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, '扫描件编号无效');

/** What the database keeps of a scan; the bytes are attachments/<sha256>.<ext>. */
export const attachmentMetaSchema = z.object({
  sha256: sha256Schema,
  ext: z.string(),
  mime: z.string(),
  bytes: z.number().int().nonnegative(),
  width: z.number().int().nonnegative(),
  height: z.number().int().nonnegative(),
  originalName: z.string(),
  addedAt: z.string(),
});
export type AttachmentMeta = z.infer<typeof attachmentMetaSchema>;

/** Scans of one record field, in the order the user arranged them. */
export const scanList = (max = 20) => z.array(sha256Schema).max(max, `最多 ${max} 个扫描件`).default([]);
