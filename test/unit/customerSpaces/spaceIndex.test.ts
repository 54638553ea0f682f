import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerSpaceSchema } from '../../../shared/records/customerSpace';
import { openWorkspace } from '../../../electron/storage/store';
import type { Store } from '../../../electron/storage/types';
import { spaceIndex } from '../../../electron/services/customerSpaces/spaceIndex';
import { removeSpace, spacesChanged, writeSpace } from '../../../electron/services/customerSpaces/spaceWriter';
import { tempWorkspace } from '../../support/tempWorkspace';
import { space } from './fixtures';

/** The index must answer as a plain filter of the database would, however many changes it has patched in. */
describe('search index kept in step with the database', () => {
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

  const codesMatching = (q: string) => spaceIndex(store).matching([q]).map((e) => e.code);
  const expected = (codes: Map<string, string>, q: string) => [...codes.values()].filter((c) => c.toLowerCase().includes(q)).sort();

  it('after thousands of edits, removals and additions (past the rejoin threshold) matches a fresh filter', async () => {
    const codes = new Map<string, string>();
    const input = (code: string) => customerSpaceSchema.parse(space({ spaceCode: code }));
    await store.mutate((tx) => {
      for (let i = 0; i < 3000; i++) codes.set(writeSpace(tx, input(`B-${String(i).padStart(5, '0')}`)).id, `B-${String(i).padStart(5, '0')}`);
    });
    spacesChanged(store);
    expect(codesMatching('b-0001')).toEqual(expected(codes, 'b-0001'));

    let round = 0;
    const ids = [...codes.keys()];
    for (const batch of [10, 500, 1800, 50]) {
      round++;
      await store.mutate((tx) => {
        for (let k = 0; k < batch; k++) {
          const id = ids[(k * 7 + round * 13) % ids.length]!;
          if (!codes.has(id)) continue;
          if (k % 3 === 0) {
            removeSpace(tx, id);
            codes.delete(id);
          } else {
            const code = `A-${round}-${String(k).padStart(5, '0')}`;
            writeSpace(tx, { ...input(code), id });
            codes.set(id, code);
          }
        }
        for (let k = 0; k < 20; k++) {
          const code = `C-${round}-${k}`;
          codes.set(writeSpace(tx, input(code)).id, code);
        }
      });
      spacesChanged(store);
      for (const q of ['b-0001', 'a-', `a-${round}-0000`, 'c-', '-1', 'zz']) expect(codesMatching(q)).toEqual(expected(codes, q));
      expect(spaceIndex(store).entries.map((e) => e.code)).toEqual([...codes.values()].sort());
    }
  });
});
