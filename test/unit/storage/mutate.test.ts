import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { all, one, run } from '../../../electron/storage/rows';
import { cleanupTemps, manualClock, onDisk, openOk, SAMPLE_UNIT, sqlite3, tempDir } from '../../fixtures/storage/helpers';

afterEach(cleanupTemps);

function insertUnit(db: Parameters<typeof run>[0], name = SAMPLE_UNIT.name, at = '2026-01-01T00:00:00.000Z') {
  const u = { ...SAMPLE_UNIT, name };
  run(
    db,
    `INSERT INTO unit (id, name, credit_code, roles, registered_address, office_address, phone, email, updated_at)
     VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, updated_at = excluded.updated_at`,
    [u.name, u.credit_code, u.roles, u.registered_address, u.office_address, u.phone, u.email, at],
  );
}

describe('mutate', () => {
  it('a resolved mutation is on disk: visible after reopen and to the sqlite3 shell', async () => {
    const root = tempDir();
    const store = await openOk(root);
    const result = await store.mutate((tx) => {
      insertUnit(tx.db, SAMPLE_UNIT.name, tx.now);
      return 'done';
    });
    expect(result).toBe('done');
    // Checked before close: the promise alone must guarantee durability (the snapshot plus its log).
    const file = await onDisk(root);
    expect(sqlite3(file, 'PRAGMA integrity_check')).toBe('ok');
    expect(sqlite3(file, 'SELECT name FROM unit')).toBe(SAMPLE_UNIT.name);
    await store.close();
    expect(readdirSync(root).filter((f) => f.endsWith('.tmp'))).toEqual([]); // a checkpoint may write one in the background; never left behind

    const again = await openOk(root);
    expect(again.read((db) => one<{ name: string }>(db, 'SELECT name FROM unit')?.name)).toBe(SAMPLE_UNIT.name);
    await again.close();
  });

  it('rolls back and saves nothing when the callback throws', async () => {
    const root = tempDir();
    let saves = 0;
    const store = await openOk(root, { onSaved: () => saves++ });
    await store.mutate((tx) => insertUnit(tx.db, '原名称'));
    expect(saves).toBe(1);
    // The first save's rolling backup commits a checkpoint in the background (a save of its own): let it finish.
    await store.checkpoint();
    const before = saves;
    const boom = new Error('boom');
    await expect(
      store.mutate((tx) => {
        insertUnit(tx.db, '不应保存');
        tx.audit('unit', '1', { name: '原名称' }, { name: '不应保存' });
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(saves).toBe(before);
    expect(store.read((db) => one<{ name: string }>(db, 'SELECT name FROM unit')?.name)).toBe('原名称');
    expect(store.read((db) => one<{ n: number }>(db, 'SELECT count(*) AS n FROM audit')?.n)).toBe(0);
    expect(sqlite3(await onDisk(root), 'SELECT name FROM unit')).toBe('原名称');
    // The store stays usable after a rollback.
    await store.mutate((tx) => insertUnit(tx.db, '新名称'));
    expect(sqlite3(await onDisk(root), 'SELECT name FROM unit')).toBe('新名称');
    await store.close();
  });

  it('refuses asynchronous and nested mutations', async () => {
    const store = await openOk(tempDir());
    await expect(store.mutate(async () => 1)).rejects.toMatchObject({ code: 'INTERNAL' });
    let inner: Promise<number> | undefined;
    await expect(
      store.mutate(() => {
        inner = store.mutate(() => 1);
        inner.catch(() => undefined);
      }),
    ).resolves.toBeUndefined();
    await expect(inner).rejects.toMatchObject({ code: 'INTERNAL' });
    await store.close();
    await expect(store.mutate(() => 1)).rejects.toMatchObject({ code: 'STORAGE' });
  });

  it('group commit: 50 concurrent mutations share one save', async () => {
    const root = tempDir();
    let saves = 0;
    const store = await openOk(root, { onSaved: () => saves++ });
    await store.mutate((tx) => run(tx.db, 'CREATE TABLE counter (n INTEGER)'));
    saves = 0;
    const done = await Promise.all(
      Array.from({ length: 50 }, (_, i) => store.mutate((tx) => (run(tx.db, 'INSERT INTO counter VALUES (?)', [i]), saves))),
    );
    expect(done).toHaveLength(50);
    expect(saves).toBe(1);
    expect(sqlite3(await onDisk(root), 'SELECT count(*) FROM counter')).toBe('50');
    await store.close();
  });

  it('group commit: mutations made while a save runs share the following save, and wait for it', async () => {
    const root = tempDir();
    const setup = await openOk(root);
    await setup.mutate((tx) => run(tx.db, 'CREATE TABLE counter (n INTEGER)'));
    await setup.mutate((tx) => insertUnit(tx.db));
    await setup.close();
    // Reopened non-empty: the backup is taken on open, so no backup runs between the saves below.
    let saves = 0;
    const store = await openOk(root, { onSaved: () => saves++ });
    const first = store.mutate((tx) => run(tx.db, 'INSERT INTO counter VALUES (0)')).then(() => saves);
    await Promise.resolve(); // let the first save start
    await Promise.resolve();
    const later = Array.from({ length: 49 }, (_, i) =>
      store.mutate((tx) => run(tx.db, 'INSERT INTO counter VALUES (?)', [i + 1])).then(() => saves),
    );
    expect(await first).toBe(1);
    const seen = await Promise.all(later);
    // Each later caller resolved only after the second save, which covers its change.
    expect(new Set(seen)).toEqual(new Set([2]));
    expect(saves).toBe(2);
    expect(sqlite3(await onDisk(root), 'SELECT count(*) FROM counter')).toBe('50');
    await store.close();
  });

  it('close() waits for pending saves', async () => {
    const root = tempDir();
    const store = await openOk(root);
    const pending = store.mutate((tx) => insertUnit(tx.db, '关闭前'));
    await store.close();
    await pending;
    expect(sqlite3(await onDisk(root), 'SELECT name FROM unit')).toBe('关闭前');
  });
});

describe('audit', () => {
  interface Row {
    at: string;
    actor: string;
    entity: string;
    entity_id: string;
    field: string;
    old_value: string | null;
    new_value: string | null;
  }
  const rows = (store: Awaited<ReturnType<typeof openOk>>) =>
    store.read((db) => all<Row>(db, 'SELECT at, actor, entity, entity_id, field, old_value, new_value FROM audit ORDER BY id'));

  it('writes one row per field on create, per changed field on change, every field on remove', async () => {
    const { clock, advance } = manualClock(new Date('2026-03-01T08:00:00.000Z'));
    const store = await openOk(tempDir(), { clock, actor: '张专员' });
    const created = { name: '甲公司', roles: ['IDC'], staff: 5, note: null };
    await store.mutate((tx) => tx.audit('unit', '1', null, created));
    let r = rows(store);
    expect(r).toEqual([
      { at: '2026-03-01T08:00:00.000Z', actor: '张专员', entity: 'unit', entity_id: '1', field: 'name', old_value: null, new_value: '甲公司' },
      { at: '2026-03-01T08:00:00.000Z', actor: '张专员', entity: 'unit', entity_id: '1', field: 'roles', old_value: null, new_value: '["IDC"]' },
      { at: '2026-03-01T08:00:00.000Z', actor: '张专员', entity: 'unit', entity_id: '1', field: 'staff', old_value: null, new_value: '5' },
      { at: '2026-03-01T08:00:00.000Z', actor: '张专员', entity: 'unit', entity_id: '1', field: 'note', old_value: null, new_value: 'null' },
    ]);

    advance(60_000);
    const changed = { name: '甲公司', roles: ['IDC', 'DNS'], staff: 5, note: '备注' };
    await store.mutate((tx) => tx.audit('unit', '1', created, changed));
    r = rows(store).slice(4);
    expect(r.map((x) => [x.field, x.old_value, x.new_value, x.at])).toEqual([
      ['roles', '["IDC"]', '["IDC","DNS"]', '2026-03-01T08:01:00.000Z'],
      ['note', 'null', '备注', '2026-03-01T08:01:00.000Z'],
    ]);

    await store.mutate((tx) => tx.audit('unit', '1', changed, { ...changed }));
    expect(rows(store)).toHaveLength(6); // no change, no rows

    await store.mutate((tx) => tx.audit('unit', '1', changed, null));
    r = rows(store).slice(6);
    expect(r.map((x) => [x.field, x.old_value, x.new_value])).toEqual([
      ['name', '甲公司', null],
      ['roles', '["IDC","DNS"]', null],
      ['staff', '5', null],
      ['note', '备注', null],
    ]);
    await store.close();
  });

  it('defaults the actor to local and compares objects regardless of key order', async () => {
    const store = await openOk(tempDir());
    await store.mutate((tx) => tx.audit('x', '9', { a: { p: 1, q: 2 } }, { a: { q: 2, p: 1 }, b: 'new' }));
    const r = rows(store);
    expect(r.map((x) => [x.actor, x.field, x.old_value, x.new_value])).toEqual([['local', 'b', null, 'new']]);
    await store.close();
  });
});
