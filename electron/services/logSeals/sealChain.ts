import { createHash } from 'node:crypto';
import type { LogSeal, SealedFile } from '../../../shared/records/logSeal';

/** The fields a seal's hash covers. fileCount and totalBytes are derived from `files` and checked against them. */
export type SealHashFields = Pick<LogSeal, 'prevHash' | 'seq' | 'id' | 'path' | 'kind' | 'serverId' | 'note' | 'sealedAt'> & {
  files: readonly SealedFile[];
};

/**
 * A seal's hash: SHA-256 (lowercase hex) of the UTF-8 bytes of this JSON array, written by JSON.stringify
 * with no spaces:
 *
 *   ["beian-log-seal/1", prevHash, seq, id, path, kind, serverId, note, sealedAt,
 *    [[file.path, file.bytes, file.sha256], …]]
 *
 * Strings are JSON strings (so no separator inside a path or note can shift a field), seq and bytes JSON
 * integers, files in the order stored (sorted by path in code-unit order). prevHash is the previous seal's
 * hash, '' for seal 1, so rewriting any earlier seal breaks every later link. The version tag lets a later
 * format be told apart.
 */
export function sealHash(s: SealHashFields): string {
  const canonical = JSON.stringify([
    'beian-log-seal/1',
    s.prevHash,
    s.seq,
    s.id,
    s.path,
    s.kind,
    s.serverId,
    s.note,
    s.sealedAt,
    s.files.map((f) => [f.path, f.bytes, f.sha256]),
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** One seal as stored, for the chain check; files null when the stored list is no longer a valid list of files. */
export type StoredSeal = LogSeal & { files: SealedFile[] | null };

/**
 * Walks the chain from seal 1 in order and returns the seq of the first seal that was altered or is missing
 * (its stored hash no longer matches its fields, its link to the previous seal is wrong, or its counts disagree
 * with its files), or null when the chain is intact.
 */
export function firstBrokenSeal(seals: readonly StoredSeal[]): { seq: number; missing: boolean } | null {
  let prevHash = '';
  let expectedSeq = 1;
  for (const s of seals) {
    if (s.seq !== expectedSeq) return { seq: expectedSeq, missing: true };
    if (s.files === null) return { seq: s.seq, missing: false };
    const countsMatch = s.fileCount === s.files.length && s.totalBytes === s.files.reduce((n, f) => n + f.bytes, 0);
    if (s.prevHash !== prevHash || !countsMatch || sealHash({ ...s, files: s.files }) !== s.hash) return { seq: s.seq, missing: false };
    prevHash = s.hash;
    expectedSeq += 1;
  }
  return null;
}
