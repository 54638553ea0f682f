import type { Database } from 'sql.js';
import { ApiError } from '../../../shared/api/errors';
import { storedIdcRoomSchema, type IdcRoom, type StoredIdcRoom } from '../../../shared/records/idcRoom';
import { all, one } from '../../storage/rows';
import type { RecordKind } from '../recordRepository';

const sameName = (db: Database, room: StoredIdcRoom) =>
  !!one(db, "SELECT 1 AS x FROM record WHERE kind = 'idcRoom' AND id <> ? AND json_extract(data, '$.name') = ? LIMIT 1", [room.id, room.name]);

export const idcRoomRecords: RecordKind<IdcRoom, StoredIdcRoom> = {
  kind: 'idcRoom',
  title: '机房',
  toStored: (input, id) => {
    const { id: _ignored, ...fields } = input as IdcRoom & { id?: string };
    return storedIdcRoomSchema.parse({ ...fields, id });
  },
  parseStored: (data) => storedIdcRoomSchema.parse(data),
  check: (db, room) => {
    if (sameName(db, room)) throw new ApiError('VALIDATION', `机房名称：已有名为“${room.name}”的机房，请编辑原有的一条`, 'name');
  },
  checkRemove: (db, room) => {
    const servers = all<{ assetNo: string }>(
      db,
      "SELECT json_extract(data, '$.assetNo') AS assetNo FROM record WHERE kind = 'server' AND json_extract(data, '$.roomId') = ? LIMIT 4",
      [room.id],
    );
    if (servers.length > 0) {
      const names = servers.slice(0, 3).map((s) => s.assetNo).join('、');
      throw new ApiError('VALIDATION', `机房“${room.name}”仍有服务器（${names}${servers.length > 3 ? ' 等' : ''}），请先把这些服务器改到其他机房`);
    }
  },
};
