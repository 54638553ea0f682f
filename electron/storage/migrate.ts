import type { Database } from 'sql.js';
import { ApiError } from '../../shared/api/errors';
import { one } from './rows';
import { MIGRATIONS } from './schema';

export function schemaVersion(db: Database): number {
  return one<{ user_version: number }>(db, 'PRAGMA user_version')?.user_version ?? 0;
}

/** A database written by a newer app must not be touched by this one. */
export function assertNotNewer(db: Database, known = MIGRATIONS.length): void {
  const version = schemaVersion(db);
  if (version > known) {
    throw new ApiError(
      'STORAGE',
      `数据文件来自更新版本的备案台（数据版本 ${version}，本程序只支持到 ${known}），为避免损坏数据已拒绝打开；请升级备案台后再打开。`,
    );
  }
}

/** Applies the missing migrations, each in its own transaction; returns how many were applied. */
export function migrate(db: Database, migrations: readonly string[] = MIGRATIONS): number {
  assertNotNewer(db, migrations.length);
  const from = schemaVersion(db);
  for (let v = from; v < migrations.length; v++) {
    db.exec('BEGIN');
    try {
      db.exec(migrations[v]!);
      db.exec(`PRAGMA user_version = ${v + 1}`);
      db.exec('COMMIT');
    } catch (err) {
      try {
        db.exec('ROLLBACK');
      } catch {
        // SQLite may already have rolled back
      }
      const detail = err instanceof Error ? err.message : String(err);
      throw new ApiError('STORAGE', `数据库结构升级失败（第 ${v + 1} 步：${detail}），数据文件未被改动。`);
    }
  }
  return migrations.length - from;
}
