import type { Database } from 'sql.js';
import type { AttachmentMeta } from '../../shared/records/attachment';
import { one } from '../storage/rows';

/** One row of the `attachment` table (migration 2). */
export interface AttachmentRow {
  sha256: string;
  ext: string;
  mime: string;
  bytes: number;
  width: number;
  height: number;
  original_name: string;
  added_at: string;
}

export function readAttachmentRow(db: Database, sha256: string): AttachmentRow | undefined {
  return one<AttachmentRow>(db, 'SELECT * FROM attachment WHERE sha256 = ?', [sha256]);
}

export function toMeta(row: AttachmentRow): AttachmentMeta {
  return {
    sha256: row.sha256,
    ext: row.ext,
    mime: row.mime,
    bytes: row.bytes,
    width: row.width,
    height: row.height,
    originalName: row.original_name,
    addedAt: row.added_at,
  };
}
