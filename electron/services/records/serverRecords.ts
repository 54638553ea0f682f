import type { Database } from 'sql.js';
import { ApiError } from '../../../shared/api/errors';
import { filingDeadline, parseStoredServer, storedServerSchema, type Server, type StoredServer } from '../../../shared/records/server';
import { all, one } from '../../storage/rows';
import type { RecordKind } from '../recordRepository';

/** Another server with the same 资产编号 (case-insensitive), found by the database rather than by reading every record. */
function assetNoTaken(db: Database, server: StoredServer): boolean {
  return !!one(
    db,
    "SELECT 1 AS x FROM record WHERE kind = 'server' AND id <> ? AND lower(json_extract(data, '$.assetNo')) = lower(?) LIMIT 1",
    [server.id, server.assetNo],
  );
}

export const serverRecords: RecordKind<Server, StoredServer> = {
  kind: 'server',
  title: '服务器',
  toStored: (input, id) => {
    const { id: _ignored, ...fields } = input as Server & { id?: string };
    // 备案期限 is derived (第八条), never typed.
    return storedServerSchema.parse({ ...fields, id, filingDeadline: filingDeadline(fields.onlineDate) });
  },
  parseStored: (data) => parseStoredServer(data),
  check: (db, server) => {
    if (assetNoTaken(db, server)) throw new ApiError('VALIDATION', `资产编号：${server.assetNo} 已被另一台服务器使用，资产编号不能重复`, 'assetNo');
    if (server.roomId && !one(db, "SELECT 1 AS x FROM record WHERE kind = 'idcRoom' AND id = ?", [server.roomId])) {
      throw new ApiError('VALIDATION', '所在机房：所选机房不存在（可能已被删除），请重新选择', 'roomId');
    }
    const wanted = server.managers.flatMap((m) => (m.kind === 'person' ? [m.personId] : []));
    if (wanted.length === 0) return;
    const people = new Set(all<{ id: string }>(db, "SELECT id FROM record WHERE kind = 'person'").map((r) => r.id));
    server.managers.forEach((m, i) => {
      if (m.kind === 'person' && !people.has(m.personId)) {
        throw new ApiError('VALIDATION', '管理人员：所选人员不存在（可能已被删除），请重新选择', `managers.${i}.personId`);
      }
    });
  },
};
