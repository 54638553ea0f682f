import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { firstBrokenSeal, sealHash, type StoredSeal } from '../../../electron/services/logSeals/sealChain';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** Three seals linked as logs.seal links them. */
function chain(): StoredSeal[] {
  const seals: StoredSeal[] = [];
  let prevHash = '';
  for (const seq of [1, 2, 3]) {
    const files = [
      { path: 'a.log', bytes: 10 * seq, sha256: sha(`a${seq}`) },
      { path: 'sub/b.log', bytes: 5, sha256: sha('b') },
    ];
    const fields = { prevHash, seq, id: `seal-${seq}`, path: '/data/logs', kind: 'folder' as const, serverId: '', note: `第${seq}次`, sealedAt: `2026-11-0${seq}T00:00:00.000Z`, files };
    const hash = sealHash(fields);
    seals.push({ ...fields, fileCount: files.length, totalBytes: files.reduce((n, f) => n + f.bytes, 0), hash });
    prevHash = hash;
  }
  return seals;
}

describe('chain of seals', () => {
  it('the hash is SHA-256 of the documented JSON array', () => {
    const [first] = chain();
    const expected = sha(
      JSON.stringify(['beian-log-seal/1', '', 1, 'seal-1', '/data/logs', 'folder', '', '第1次', '2026-11-01T00:00:00.000Z', first!.files!.map((f) => [f.path, f.bytes, f.sha256])]),
    );
    expect(first!.hash).toBe(expected);
  });

  it('an intact chain passes', () => {
    expect(firstBrokenSeal(chain())).toBeNull();
  });

  it('a changed field, a changed file entry, or counts that disagree with the files name that seal', () => {
    const note = chain();
    note[1] = { ...note[1]!, note: '改过' };
    expect(firstBrokenSeal(note)).toEqual({ seq: 2, missing: false });

    const file = chain();
    file[2] = { ...file[2]!, files: [{ ...file[2]!.files![0]!, bytes: 1 }, file[2]!.files![1]!] };
    expect(firstBrokenSeal(file)).toEqual({ seq: 3, missing: false });

    const counts = chain();
    counts[0] = { ...counts[0]!, totalBytes: 0 };
    expect(firstBrokenSeal(counts)).toEqual({ seq: 1, missing: false });
  });

  it('a rewritten seal with its hash recomputed breaks the link of the next one', () => {
    const seals = chain();
    const rewritten = { ...seals[0]!, note: '改过' };
    seals[0] = { ...rewritten, hash: sealHash({ ...rewritten, files: rewritten.files! }) };
    expect(firstBrokenSeal(seals)).toEqual({ seq: 2, missing: false });
  });

  it('a deleted seal shows as missing; a file list that is not a list breaks its seal', () => {
    const seals = chain();
    expect(firstBrokenSeal([seals[0]!, seals[2]!])).toEqual({ seq: 2, missing: true });
    expect(firstBrokenSeal([seals[0]!, { ...seals[1]!, files: null }])).toEqual({ seq: 2, missing: false });
  });
});
