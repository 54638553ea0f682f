import type { Database } from 'sql.js';
import { z } from 'zod';
import { sealedFileSchema, type LogSeal } from '../../../shared/records/logSeal';
import { all, one, run } from '../../storage/rows';
import type { StoredSeal } from './sealChain';

interface SealRow {
  seq: number;
  id: string;
  path: string;
  kind: string;
  server_id: string;
  note: string;
  sealed_at: string;
  file_count: number;
  total_bytes: number;
  files: string;
  prev_hash: string;
  hash: string;
}

const COLUMNS = 'seq, id, path, kind, server_id, note, sealed_at, file_count, total_bytes, prev_hash, hash';
const filesSchema = z.array(sealedFileSchema);

function toSeal(r: Omit<SealRow, 'files'>): LogSeal {
  return {
    seq: r.seq,
    id: r.id,
    path: r.path,
    // A kind rewritten to something else still reads back; the chain check then fails on its hash.
    kind: r.kind === 'file' ? 'file' : 'folder',
    serverId: r.server_id,
    note: r.note,
    sealedAt: r.sealed_at,
    fileCount: r.file_count,
    totalBytes: r.total_bytes,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

/** The stored file list, or null when it was rewritten into something that is not a list of files. */
function parseFiles(json: string): StoredSeal['files'] {
  try {
    const parsed = filesSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function toStored(r: SealRow): StoredSeal {
  const seal = toSeal(r);
  // Keep a tampered kind visible to the hash check.
  return { ...seal, kind: r.kind as LogSeal['kind'], files: parseFiles(r.files) };
}

/** Every seal, newest first, without the file lists. */
export function listSeals(db: Database): LogSeal[] {
  return all<Omit<SealRow, 'files'>>(db, `SELECT ${COLUMNS} FROM log_seal ORDER BY seq DESC`).map(toSeal);
}

export function findSealById(db: Database, id: string): StoredSeal | undefined {
  const r = one<SealRow>(db, `SELECT ${COLUMNS}, files FROM log_seal WHERE id = ?`, [id]);
  return r ? toStored(r) : undefined;
}

/** The latest seal of exactly this path. */
export function findLatestSealOfPath(db: Database, sealedPath: string): StoredSeal | undefined {
  const r = one<SealRow>(db, `SELECT ${COLUMNS}, files FROM log_seal WHERE path = ? ORDER BY seq DESC LIMIT 1`, [sealedPath]);
  return r ? toStored(r) : undefined;
}

/** Seals 1 … seq in chain order, with their files, for the chain check. */
export function chainUpTo(db: Database, seq: number): StoredSeal[] {
  return all<SealRow>(db, `SELECT ${COLUMNS}, files FROM log_seal WHERE seq <= ? ORDER BY seq`, [seq]).map(toStored);
}

/** The last seal's seq and hash, the link the next seal continues from. */
export function chainHead(db: Database): { seq: number; hash: string } {
  const r = one<{ seq: number; hash: string }>(db, 'SELECT seq, hash FROM log_seal ORDER BY seq DESC LIMIT 1');
  return r ? { seq: r.seq, hash: r.hash } : { seq: 0, hash: '' };
}

export function insertSeal(db: Database, seal: StoredSeal & { files: NonNullable<StoredSeal['files']> }): void {
  run(
    db,
    `INSERT INTO log_seal (${COLUMNS}, files) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      seal.seq,
      seal.id,
      seal.path,
      seal.kind,
      seal.serverId,
      seal.note,
      seal.sealedAt,
      seal.fileCount,
      seal.totalBytes,
      seal.prevHash,
      seal.hash,
      JSON.stringify(seal.files),
    ],
  );
}
