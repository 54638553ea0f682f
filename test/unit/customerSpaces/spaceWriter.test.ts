import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerSpaceSchema, type CustomerSpace } from '../../../shared/records/customerSpace';
import { all } from '../../../electron/storage/rows';
import { openWorkspace } from '../../../electron/storage/store';
import type { Store } from '../../../electron/storage/types';
import { spaceIndex } from '../../../electron/services/customerSpaces/spaceIndex';
import { readAllSpaces, readSpace } from '../../../electron/services/customerSpaces/spaceRepository';
import { spacesChanged, writeSpace } from '../../../electron/services/customerSpaces/spaceWriter';
import { tempWorkspace } from '../../support/tempWorkspace';
import { residentId, space } from './fixtures';

const parsed = (over: Record<string, unknown> = {}): CustomerSpace => customerSpaceSchema.parse(space(over));

describe('writeSpace (the writer the importer shares)', () => {
  const ws = tempWorkspace();
  let store: Store;
  beforeAll(async () => {
    const opened = await openWorkspace(ws.dir);
    if (opened.state !== 'ok') throw new Error('workspace damaged');
    store = opened.store;
  });
  afterAll(async () => {
    await store.close();
    ws.remove();
  });

  it('many spaces in one transaction, one audit row each with compactAudit', async () => {
    const saved = await store.mutate((tx) =>
      Array.from({ length: 50 }, (_, i) => writeSpace(tx, parsed({ renterIdNumber: residentId(i), domains: [{ domain: `s${i}.example.com` }] }), { compactAudit: true })),
    );
    spacesChanged(store);
    expect(saved.map((s) => s.spaceCode)).toEqual(Array.from({ length: 50 }, (_, i) => `XM-IDC-${String(i + 1).padStart(6, '0')}`));
    const audit = store.read((db) => all<{ field: string; new_value: string }>(db, "SELECT field, new_value FROM audit WHERE entity = 'customerSpace' ORDER BY id"));
    expect(audit).toHaveLength(50);
    expect(audit.every((a) => a.field === '*')).toBe(true);
    expect(JSON.parse(audit[7]!.new_value)).toEqual(saved[7]);
    expect(store.read((db) => readSpace(db, saved[7]!.id))).toEqual(saved[7]);
    expect(store.read((db) => readAllSpaces(db)).map((s) => s.id)).toEqual(saved.map((s) => s.id));
    // Stored as JSON text that SQLite's json functions read (other services query it that way).
    const types = store.read((db) => all<{ t: string; a: string; code: string }>(db, "SELECT DISTINCT typeof(r.data) AS t, typeof(a.new_value) AS a, json_extract(r.data, '$.spaceCode') AS code FROM record r JOIN audit a ON a.entity_id = r.id WHERE r.id = ?", [saved[3]!.id]));
    expect(types).toEqual([{ t: 'text', a: 'text', code: 'XM-IDC-000004' }]);
    expect(audit.filter((a) => a.new_value.includes('"id"')).length).toBe(50);
  });

  it('compactAudit with a transaction whose audit writes nothing (a dry run) writes no audit rows itself', () => {
    const rows = () => store.read((db) => all(db, 'SELECT id FROM audit')).length;
    const before = rows();
    store.read((db) => {
      const tx = { db, now: new Date().toISOString(), audit: () => undefined };
      db.exec('BEGIN');
      try {
        for (let i = 0; i < 3; i++) writeSpace(tx, parsed({ domains: [{ domain: `dry${i}.example.com` }] }), { compactAudit: true });
        expect(rows()).toBe(before);
      } finally {
        db.exec('ROLLBACK');
      }
    });
    spacesChanged(store);
    expect(spaceIndex(store).entries).toHaveLength(50);
  });

  it('a refusal inside the transaction writes nothing; the index stays as the database', async () => {
    const before = spaceIndex(store).entries.length;
    const attempt = store.mutate((tx) => {
      writeSpace(tx, parsed({ spaceCode: 'NEW-1', domains: [{ domain: 'new.example.com' }] }));
      writeSpace(tx, parsed({ domains: [{ domain: 's3.example.com' }] }));
    });
    await expect(attempt).rejects.toMatchObject({ code: 'VALIDATION', field: 'domains.0.domain', message: expect.stringContaining('XM-IDC-000004') });
    spacesChanged(store);
    expect(spaceIndex(store).entries.length).toBe(before);
    expect(store.read((db) => all(db, "SELECT 1 FROM space_code WHERE code = 'NEW-1'"))).toHaveLength(0);
    expect(store.read((db) => all(db, "SELECT 1 FROM space_domain WHERE domain = 'new.example.com'"))).toHaveLength(0);
    // The counter did not move either.
    const next = await store.mutate((tx) => writeSpace(tx, parsed({ spaceCode: '' })));
    expect(next.spaceCode).toBe('XM-IDC-000051');
  });
});
