// 值班记录 as records of kind 'dutyLog' (one JSON document per entry, audited field by field like every record).
import type { Database } from 'sql.js';
import type { z } from 'zod';
import { ApiError } from '../../../shared/api/errors';
import { nowCst } from '../../../shared/dutyRoster';
import { DUTY_LOG_LABELS, storedDutyLogSchema, type dutyLogFields, type StoredDutyLog } from '../../../shared/records/dutyLog';
import { all, one } from '../../storage/rows';
import type { RecordKind } from '../recordRepository';

const exists = (db: Database, kind: string, id: string) => one(db, 'SELECT 1 AS x FROM record WHERE kind = ? AND id = ?', [kind, id]) !== null;

export const dutyLogRecords: RecordKind<z.output<typeof dutyLogFields>, StoredDutyLog> = {
  kind: 'dutyLog',
  title: '值班记录',
  toStored: (input, id) => {
    const { id: _ignored, ...fields } = input as z.output<typeof dutyLogFields> & { id?: string };
    return storedDutyLogSchema.parse({ ...fields, id });
  },
  parseStored: (data) => storedDutyLogSchema.parse(data),
  check: (db, r) => {
    if (!exists(db, 'person', r.personId)) throw new ApiError('VALIDATION', `${DUTY_LOG_LABELS.personId}：所选人员不存在（可能已被删除），请重新选择`, 'personId');
    if (r.handoverTo !== '' && !exists(db, 'person', r.handoverTo)) {
      throw new ApiError('VALIDATION', `${DUTY_LOG_LABELS.handoverTo}：所选人员不存在（可能已被删除），请重新选择`, 'handoverTo');
    }
    // A record of what happened: it cannot end in the future (Beijing time).
    if (r.end > nowCst()) throw new ApiError('VALIDATION', `${DUTY_LOG_LABELS.end}：不能晚于现在（北京时间 ${nowCst()}）`, 'end');
    r.incidentIds.forEach((id, i) => {
      if (!exists(db, 'incident', id)) throw new ApiError('VALIDATION', `${DUTY_LOG_LABELS.incidentIds}：第${i + 1}条安全事件不存在（可能已被删除）`, `incidentIds.${i}`);
    });
  },
};

/** The entries that overlap [from 00:00, to + 1 day 00:00) — a few hundred a month at most — by start time. */
export function readDutyLog(db: Database, fromTime: string, toTime: string): StoredDutyLog[] {
  return all<{ data: string }>(
    db,
    "SELECT data FROM record WHERE kind = 'dutyLog' AND json_extract(data, '$.start') < ? AND json_extract(data, '$.end') > ? ORDER BY json_extract(data, '$.start'), id",
    [toTime, fromTime],
  ).map((r) => storedDutyLogSchema.parse(JSON.parse(r.data)));
}
