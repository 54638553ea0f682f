import { ApiError } from '../../shared/api/errors';
import type { AttachmentMeta } from '../../shared/records/attachment';
import type { Store } from '../storage/types';
import { readAttachmentRow, toMeta } from './attachmentRows';
import { readOriginal, readRendition } from './renditions';

export type AttachmentVariant = 'thumbnail' | 'preview' | 'original';

export interface AttachmentContent {
  meta: AttachmentMeta;
  mime: string;
  dataBase64: string;
}

/** A scan's thumbnail or preview (JPEG, orientation applied, no metadata) or its original bytes. */
export async function getAttachment(store: Store, sha256: string, variant: AttachmentVariant): Promise<AttachmentContent> {
  const row = store.read((db) => readAttachmentRow(db, sha256));
  if (!row) throw new ApiError('NOT_FOUND', '找不到这个扫描件（可能已被清理），请重新上传', 'sha256');
  const a = { sha256: row.sha256, ext: row.ext };
  const bytes = variant === 'original' ? await readOriginal(store.paths, a) : await readRendition(store.paths, a, variant);
  return { meta: toMeta(row), mime: variant === 'original' ? row.mime : 'image/jpeg', dataBase64: bytes.toString('base64') };
}
