import { ApiError } from '../../../shared/api/errors';
import { filingDeadline, storedServerSchema, type Server, type StoredServer } from '../../../shared/records/server';
import { one } from '../../storage/rows';
import { readAll, type RecordKind } from '../recordRepository';

export const serverRecords: RecordKind<Server, StoredServer> = {
  kind: 'server',
  title: '服务器',
  toStored: (input, id) => {
    const { id: _ignored, ...fields } = input as Server & { id?: string };
    return storedServerSchema.parse({ ...fields, id, filingDeadline: filingDeadline(fields.onlineDate) });
  },
  parseStored: (data) => storedServerSchema.parse(data),
  check: (db, server) => {
    const twin = readAll(db, serverRecords).find((s) => s.id !== server.id && s.assetNo.toLowerCase() === server.assetNo.toLowerCase());
    if (twin) throw new ApiError('VALIDATION', `资产编号：${server.assetNo} 已被另一台服务器使用`, 'assetNo');
    server.managers.forEach((m, i) => {
      if (m.kind === 'person' && !one(db, "SELECT 1 AS x FROM record WHERE kind = 'person' AND id = ?", [m.personId])) {
        throw new ApiError('VALIDATION', '管理人员：所选人员不存在（可能已被删除）', `managers.${i}.personId`);
      }
    });
  },
};
