// Files read by importPreview, kept in the main process under an id until importRun uses them. Bounded:
// the few most recent files, each for half an hour, and no more rows in all than about one largest file.
import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/api/errors';
import { MAX_IMPORT_ROWS } from '../../../shared/records/customerImport';
import type { ParsedSheet } from './sheetTypes';

const KEEP_FILES = 3;
const KEEP_MS = 30 * 60 * 1000;
const KEEP_ROWS = MAX_IMPORT_ROWS + 50_000;

const pending = new Map<string, { sheet: ParsedSheet; at: number }>();

function expire(now: number): void {
  for (const [id, p] of pending) if (now - p.at > KEEP_MS) pending.delete(id);
  const rows = () => [...pending.values()].reduce((n, p) => n + p.sheet.rows.length, 0);
  // The newest file always stays: it is the one the user is mapping.
  while (pending.size > KEEP_FILES || (pending.size > 1 && rows() > KEEP_ROWS)) pending.delete(pending.keys().next().value!);
}

export function keepSheet(sheet: ParsedSheet, now = Date.now()): string {
  const id = randomUUID();
  pending.set(id, { sheet, at: now });
  expire(now);
  return id;
}

export function takeSheet(importId: string, now = Date.now()): ParsedSheet {
  expire(now);
  const p = pending.get(importId);
  if (!p) throw new ApiError('NOT_FOUND', '找不到要导入的文件（超过30分钟或已选择了其他文件），请重新选择文件', 'importId');
  // Still in use (a dry run is often followed by the real import): it becomes the newest.
  p.at = now;
  pending.delete(importId);
  pending.set(importId, p);
  return p.sheet;
}
