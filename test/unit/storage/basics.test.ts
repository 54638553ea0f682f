import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { all, one, run } from '../../../electron/storage/rows';
import { loadSqlJs, resolveSqlWasmPath } from '../../../electron/storage/sqlWasm';
import { fileStamp, parseFileStamp } from '../../../electron/storage/stamp';
import { saveFailedError } from '../../../electron/storage/storageError';
import { ensureWorkspace, workspacePaths } from '../../../electron/storage/workspace';
import { cleanupTemps, tempDir } from '../../fixtures/storage/helpers';

afterEach(cleanupTemps);

describe('workspace', () => {
  it('names the database, attachments and backups inside the root', () => {
    const p = workspacePaths('/x/ws');
    expect(p).toEqual({ root: '/x/ws', database: '/x/ws/beian.sqlite', attachments: '/x/ws/attachments', backups: '/x/ws/backups' });
  });

  it('creates the root and its folders', () => {
    const root = path.join(tempDir(), 'nested', 'ws');
    const p = ensureWorkspace(root);
    for (const dir of [p.root, p.attachments, p.backups]) expect(statSync(dir).isDirectory()).toBe(true);
    expect(existsSync(p.database)).toBe(false);
    ensureWorkspace(root); // idempotent
  });
});

describe('sqlWasm', () => {
  const packaged = createRequire(__filename).resolve('sql.js/dist/sql-wasm.wasm');

  it('prefers options.wasmPath, then BEIAN_SQL_WASM, then assets/, then the package', () => {
    const saved = process.env.BEIAN_SQL_WASM;
    try {
      delete process.env.BEIAN_SQL_WASM;
      const fallback = resolveSqlWasmPath();
      const asset = path.resolve(__dirname, '../../../assets/sql-wasm.wasm');
      expect(fallback).toBe(existsSync(asset) ? asset : packaged);
      process.env.BEIAN_SQL_WASM = packaged;
      expect(resolveSqlWasmPath()).toBe(packaged);
      expect(resolveSqlWasmPath({ wasmPath: fallback })).toBe(fallback);
      expect(() => resolveSqlWasmPath({ wasmPath: '/nonexistent/sql-wasm.wasm' })).toThrow(/not found/);
    } finally {
      if (saved === undefined) delete process.env.BEIAN_SQL_WASM;
      else process.env.BEIAN_SQL_WASM = saved;
    }
  });

  it('the page-capture glue is exactly the pinned patch of the installed sql.js', () => {
    const out = spawnSync(process.execPath, [path.resolve(__dirname, '../../../scripts/patch-sqljs.mjs'), '--check'], { encoding: 'utf8' });
    expect(out.stdout + out.stderr).toContain('up to date');
    expect(out.status).toBe(0);
  });

  it('initializes once and caches the module', async () => {
    const a = await loadSqlJs();
    const b = await loadSqlJs({ wasmPath: packaged });
    expect(a).toBe(b);
  });
});

describe('rows', () => {
  it('all / one / run over prepared statements', async () => {
    const SQL = await loadSqlJs();
    const db = new SQL.Database();
    try {
      run(db, 'CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)');
      expect(run(db, 'INSERT INTO t (name) VALUES (?), (?)', ['甲', '乙'])).toBe(2);
      expect(all<{ id: number; name: string }>(db, 'SELECT * FROM t ORDER BY id')).toEqual([
        { id: 1, name: '甲' },
        { id: 2, name: '乙' },
      ]);
      expect(one<{ name: string }>(db, 'SELECT name FROM t WHERE id = :id', { ':id': 2 })).toEqual({ name: '乙' });
      expect(one(db, 'SELECT * FROM t WHERE id = 99')).toBeUndefined();
      expect(() => one(db, 'SELECT * FROM missing')).toThrow();
    } finally {
      db.close();
    }
  });
});

describe('stamps and errors', () => {
  it('formats and parses file stamps in Beijing time, whatever the machine zone', () => {
    const d = new Date(Date.UTC(2026, 0, 1, 19, 4, 5, 6)); // 2026-01-02 03:04:05.006 in Beijing
    expect(fileStamp(d)).toBe('20260102-030405');
    expect(fileStamp(d, true)).toBe('20260102-030405-006');
    expect(parseFileStamp('20260102-030405-006')?.getTime()).toBe(d.getTime());
    expect(parseFileStamp('../etc')).toBeUndefined();
  });

  it('explains why a save failed, in Chinese, without paths', () => {
    const err = (code: string) => Object.assign(new Error(`${code}: /home/张三/ws/beian.sqlite.tmp`), { code });
    expect(saveFailedError(err('ENOSPC')).message).toContain('磁盘空间不足');
    expect(saveFailedError(err('EACCES')).message).toContain('没有写入权限');
    expect(saveFailedError(err('EROFS')).message).toContain('没有写入权限');
    expect(saveFailedError(err('ENOENT')).code).toBe('STORAGE');
    expect(saveFailedError(err('EWEIRD')).message).toContain('EWEIRD');
    expect(saveFailedError(err('ENOSPC')).message).not.toContain('张三');
  });
});
