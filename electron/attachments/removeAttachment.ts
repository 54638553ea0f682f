import { ApiError } from '../../shared/api/errors';
import { all, run } from '../storage/rows';
import type { Store } from '../storage/types';
import { readAttachmentRow } from './attachmentRows';
import { deleteAttachmentFiles } from './cleanup';
import { exclusive } from './exclusive';

/** Chinese names of the record kinds that keep scans (electron/services/records). */
const KIND_TITLES: Record<string, string> = {
  license: '证照',
  person: '人员',
  server: '服务器',
  securityGroup: '信息网络安全小组',
};

/** Deletes a scan no record uses: its row, then (once that is on disk) its files. */
export async function removeAttachment(store: Store, sha256: string): Promise<{ removed: true }> {
  await exclusive(store.paths.attachments, async () => {
    const ext = await store.mutate((tx) => {
      const row = readAttachmentRow(tx.db, sha256);
      if (!row) throw new ApiError('NOT_FOUND', '找不到这个扫描件（可能已被删除）', 'sha256');
      const uses = all<{ kind: string; records: number }>(
        tx.db,
        'SELECT kind, COUNT(DISTINCT record_id) AS records FROM attachment_ref WHERE sha256 = ? GROUP BY kind ORDER BY kind',
        [sha256],
      );
      if (uses.length > 0) {
        const count = uses.reduce((n, u) => n + u.records, 0);
        const kinds = uses.map((u) => KIND_TITLES[u.kind] ?? '其他记录').join('、');
        throw new ApiError('VALIDATION', `不能删除：这个扫描件仍被 ${count} 条记录使用：${kinds}；请先在这些记录中移除它`, 'sha256');
      }
      run(tx.db, 'DELETE FROM attachment WHERE sha256 = ?', [sha256]);
      return row.ext;
    });
    await deleteAttachmentFiles(store.paths, [{ sha256, ext }]);
  });
  return { removed: true };
}
