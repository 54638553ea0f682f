import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { extract as tarExtract } from 'tar-stream';
import { ApiError } from '../../shared/api/errors';
import { backupManifestSchema, DATABASE_ENTRY, MANIFEST_ENTRY, type BackupManifest } from '../../shared/backup/manifest';
import { MIGRATIONS } from '../storage/schema';
import type { Identity } from 'age-encryption';
import { openAgeHeader, payloadError, payloadPlaintext, readAtHandle, ScryptPassphraseIdentity } from './ageStreams';
import { PendingWork, sha256Off, writeDurably } from './pendingWork';

export interface ReadOptions {
  signal?: AbortSignal;
  /** Plaintext bytes of database and attachments read so far (for progress). */
  onBytes?: (n: number) => void;
  /** Where to write each attachment (<folder>/<sha256>.<ext>, fsynced); without it they are only checked. */
  attachmentsTo?: string;
  /** Keep the database's bytes (a restore); otherwise they are only checked. */
  keepDatabase?: boolean;
  /** The error for an entry that decrypted intact but whose SHA-256 differs from the manifest's (default: payloadError). */
  mismatch?: (entryPath: string) => ApiError;
}

export interface ReadBackup {
  manifest: BackupManifest;
  database?: Uint8Array;
}

const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
/** Entries up to this size are checked (and written) whole, off the main thread; scans are far smaller. */
const WHOLE_ENTRY_BYTES = 64 * 1024 * 1024;
const MAX_PENDING = 16;
const MAX_PENDING_BYTES = 256 * 1024 * 1024;

const notABackup = () => new ApiError('VALIDATION', '这不是备案台备份文件（.beianbak），或文件开头已损坏', 'file');

function refuseNewer(manifest: BackupManifest): void {
  if (manifest.schemaVersion > MIGRATIONS.length) {
    throw new ApiError(
      'STORAGE',
      `这个备份来自更新版本的备案台（${manifest.appVersion}，数据版本 ${manifest.schemaVersion}；本程序只支持到 ${MIGRATIONS.length}）。请先安装备案台 ${manifest.appVersion} 或更新的版本，再恢复；工作目录未做任何改动。`,
    );
  }
}

/**
 * Decrypts a full backup and checks it entry by entry: the manifest first (a newer schema is refused
 * there), then every entry in manifest order with its size and SHA-256, and nothing missing or extra.
 * Any failure is a Chinese ApiError; what was written under `attachmentsTo` is the caller's to remove.
 */
export async function readFullBackup(file: string, unlock: string | Identity, opts: ReadOptions = {}): Promise<ReadBackup> {
  const { chunksStart, key } = await openAgeHeader(file, typeof unlock === 'string' ? new ScryptPassphraseIdentity(unlock) : unlock);
  const handle = await open(file, 'r');
  try {
    const size = (await handle.stat()).size;
    return await readBackupPayload(
      payloadPlaintext(readAtHandle(handle), chunksStart, key, async () => size),
      opts,
    );
  } finally {
    await handle.close();
  }
}

/**
 * The checks of readFullBackup on a payload already opened, given as its plaintext (the read-back worker
 * follows a file still being written this way). Damage in the payload surfaces as payloadError.
 */
export async function readBackupPayload(plaintext: AsyncIterable<Buffer>, opts: ReadOptions = {}): Promise<ReadBackup> {
  const extract = tarExtract();
  const source = Readable.from(plaintext);
  const feeding = pipeline(source, extract, ...(opts.signal ? [{ signal: opts.signal }] : []));
  feeding.catch(() => undefined); // reported through the iteration below

  let manifest: BackupManifest | undefined;
  let database: Uint8Array | undefined;
  let next = 0;
  // An entry's SHA-256 (and, in a restore, its fsynced write) runs on libuv's thread pool while the
  // main thread decrypts the next entries: on two cores the check costs little extra time.
  const checks = new PendingWork(MAX_PENDING, MAX_PENDING_BYTES);
  try {
    for await (const entry of extract) {
      const name = entry.header.name;
      if (!manifest) {
        if (name !== MANIFEST_ENTRY || (entry.header.size ?? 0) > MAX_MANIFEST_BYTES) throw notABackup();
        const chunks: Buffer[] = [];
        for await (const chunk of entry) chunks.push(chunk as Buffer);
        const parsed = backupManifestSchema.safeParse(safeJson(Buffer.concat(chunks).toString('utf8')));
        if (!parsed.success || parsed.data.entries[0]?.path !== DATABASE_ENTRY) throw notABackup();
        manifest = parsed.data;
        refuseNewer(manifest);
        continue;
      }
      const expected = manifest.entries[next++];
      if (!expected || expected.path !== name || entry.header.size !== expected.bytes) throw payloadError();
      const mismatch = () => opts.mismatch?.(expected.path) ?? payloadError();
      const target = opts.attachmentsTo && expected.path !== DATABASE_ENTRY ? path.join(opts.attachmentsTo, path.basename(expected.path)) : null;
      const keep = expected.path === DATABASE_ENTRY && opts.keepDatabase;
      if (expected.bytes <= WHOLE_ENTRY_BYTES && (target || keep)) {
        const chunks: Buffer[] = [];
        for await (const chunk of entry) {
          chunks.push(chunk as Buffer);
          opts.onBytes?.((chunk as Buffer).length);
        }
        const bytes = Buffer.concat(chunks, expected.bytes);
        if (keep) database = bytes;
        await checks.add(
          bytes.length,
          Promise.all([
            sha256Off(bytes).then((hex) => {
              if (hex !== expected.sha256) throw mismatch();
            }),
            target ? writeDurably(target, bytes) : undefined,
          ]),
        );
        continue;
      }
      // An entry only checked, or a very large one (a big database), is hashed (and written) as it streams.
      const hash = createHash('sha256');
      const kept: Buffer[] | null = keep ? [] : null;
      const out = target ? await open(target, 'wx', 0o600) : null;
      try {
        for await (const chunk of entry) {
          hash.update(chunk as Buffer);
          kept?.push(chunk as Buffer);
          if (out) await out.write(chunk as Buffer);
          opts.onBytes?.((chunk as Buffer).length);
        }
        await out?.sync();
      } finally {
        await out?.close();
      }
      if (hash.digest('hex') !== expected.sha256) throw mismatch();
      if (kept) database = Buffer.concat(kept);
    }
    await feeding;
    await checks.all();
  } catch (err) {
    source.destroy();
    await checks.settle();
    if (err instanceof ApiError) throw err;
    if (opts.signal?.aborted) throw new ApiError('VALIDATION', '已取消', 'cancel');
    throw payloadError();
  }
  if (!manifest) throw payloadError();
  if (next !== manifest.entries.length) throw payloadError();
  return { manifest, ...(database ? { database } : {}) };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
