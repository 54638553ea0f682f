import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { openApiHost, type ApiHost } from '../../../electron/api/host';
import { SAMPLE_UNIT } from '../../support/sampleData';

export const PASSPHRASE = '测试口令-correct horse 42';

export async function call<T = Record<string, unknown>>(host: ApiHost, method: string, input: unknown): Promise<T> {
  const reply = await host.dispatch(method, input, { transport: 'test' });
  if (!reply.ok) throw Object.assign(new Error(`${method}: ${reply.error.message}`), reply.error);
  return reply.result as T;
}

/** A PNG of random pixels: every scan differs, and compresses poorly like a real photo. */
export async function noisePng(width = 64, height = 48): Promise<Buffer> {
  return sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } }).png().toBuffer();
}

/** Adds a unit and `scans` attachments to the workspace behind `host`. */
export async function fillWorkspace(host: ApiHost, scans = 3): Promise<void> {
  await call(host, 'unit.save', SAMPLE_UNIT);
  for (let i = 0; i < scans; i++) {
    await call(host, 'attachments.add', { name: `扫描件${i}.png`, dataBase64: (await noisePng()).toString('base64') });
  }
}

/**
 * Every row of every table, as the sqlite3 shell dumps it (a tool this project did not write). The
 * shell reads only the snapshot (beian.sqlite), not the write-ahead log, so the open store is
 * checkpointed first: the dump is then the whole database as acknowledged.
 */
export async function dumpDatabase(host: ApiHost, dir: string): Promise<string> {
  await host.session.store.checkpoint();
  return dumpClosedDatabase(dir);
}

/** The same for a workspace no program has open (closing checkpoints it). */
export function dumpClosedDatabase(dir: string): string {
  return execFileSync('sqlite3', [path.join(dir, 'beian.sqlite'), '.dump'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

/** attachments/ originals: name -> SHA-256 of the bytes. */
export function attachmentHashes(dir: string): Record<string, string> {
  const folder = path.join(dir, 'attachments');
  const out: Record<string, string> = {};
  for (const e of readdirSync(folder, { withFileTypes: true })) {
    if (e.isFile()) out[e.name] = createHash('sha256').update(readFileSync(path.join(folder, e.name))).digest('hex');
  }
  return out;
}

export async function openHost(dir: string): Promise<ApiHost> {
  return openApiHost(dir);
}

/** Starts backup.start and waits for its end through backup.progress (each answer awaited, no sleeps). */
export async function runBackup(host: ApiHost, input: Record<string, unknown>) {
  const { jobId } = await call<{ jobId: string }>(host, 'backup.start', input);
  for (;;) {
    const p = await call<{ phase: string; result?: { path: string; file: string }; error?: { message: string } }>(host, 'backup.progress', { jobId });
    if (p.phase === 'done' || p.phase === 'failed' || p.phase === 'cancelled') return { jobId, ...p };
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
