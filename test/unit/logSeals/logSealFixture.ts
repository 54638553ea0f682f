import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A game server's log folder: nested folders, small logs and one file larger than a stream chunk. */
export function logFolder(): { dir: string; file(rel: string): string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'beian-logs-'));
  mkdirSync(path.join(dir, 'logs', 'chat'), { recursive: true });
  writeFileSync(path.join(dir, 'logs', '2026-11-01.log'), '2026-11-01 00:00:01 玩家登录 id=1001\n');
  writeFileSync(path.join(dir, 'logs', '2026-11-02.log'), '2026-11-02 00:00:01 玩家登录 id=1002\n');
  writeFileSync(path.join(dir, 'logs', 'chat', 'world.log'), 'hello\n');
  // 3 MB of random bytes: several 1 MB read chunks, so the hash is built across chunks.
  writeFileSync(path.join(dir, 'trade.bin'), randomBytes(3 * 1024 * 1024 + 17));
  return { dir, file: (rel) => path.join(dir, ...rel.split('/')), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
