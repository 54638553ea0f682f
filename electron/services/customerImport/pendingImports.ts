// Files read by importPreview, kept in the main process under an id until importRun uses them. Bounded:
// the few most recent files, each for half an hour.
import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/api/errors';
import type { ParsedSheet } from './sheetTypes';

const KEEP_FILES = 3;
const KEEP_MS = 30 * 60 * 1000;

const pending = new Map<string, { sheet: ParsedSheet; at: number }>();

function expire(now: number): void {
  for (const [id, p] of pending) if (now - p.at > KEEP_MS) pending.delete(id);
  while (pending.size > KEEP_FILES) pending.delete(pending.keys().next().value!);
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
  p.at = now; // still in use: a dry run is often followed by the real import
  return p.sheet;
}
