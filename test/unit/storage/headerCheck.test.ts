import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { headerLooksValid } from '../../../electron/storage/integrity';
import { recoverDatabase } from '../../../electron/storage/recovery';
import { loadSqlJs } from '../../../electron/storage/sqlWasm';
import { cleanupTemps, tempDir } from '../../fixtures/storage/helpers';

afterEach(cleanupTemps);

const PAGE = 4096;

/** A database of a few pages, made by sql.js, as the bytes of its file. */
async function sample(): Promise<Uint8Array> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database();
  db.exec(`PRAGMA page_size = ${PAGE}; CREATE TABLE t (x); INSERT INTO t VALUES (zeroblob(9000)); INSERT INTO t VALUES (1);`);
  const bytes = db.export();
  db.close();
  return bytes;
}

function withU32(bytes: Uint8Array, at: number, value: number): Uint8Array {
  const out = new Uint8Array(bytes);
  new DataView(out.buffer).setUint32(at, value);
  return out;
}

const pageCount = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset).getUint32(28);
const padded = (bytes: Uint8Array, extra: number) => {
  const out = new Uint8Array(bytes.byteLength + extra);
  out.set(bytes);
  return out;
};

/** What the sqlite3 shell (a reader this project did not write) says of the file: 'ok', or its error. */
function shellVerdict(bytes: Uint8Array): string {
  const file = path.join(tempDir('beian-header-'), 'variant.sqlite');
  writeFileSync(file, bytes);
  const shell = spawnSync('sqlite3', [file, 'PRAGMA integrity_check'], { encoding: 'utf8' });
  if (shell.error) throw shell.error;
  return shell.status === 0 ? shell.stdout.trim() : shell.stderr.trim();
}

describe('headerLooksValid: what SQLite opens, it opens', () => {
  it('agrees with the sqlite3 shell on files longer or shorter than the header says, and on a stale in-header size', async () => {
    const whole = await sample();
    const count = pageCount(whole);
    expect(whole.byteLength).toBe(count * PAGE);
    // Files SQLite opens and finds intact: each must pass the header check, and recovery must open it.
    const opened: Record<string, Uint8Array> = {
      'as written': whole,
      'a whole page past the count': padded(whole, PAGE),
      'part of a page past the count': padded(whole, 100),
      'the last page cut short (zeros read in its place)': whole.subarray(0, whole.byteLength - 100),
      'a page count of 0 (the file size is used)': withU32(whole, 28, 0),
      // The in-header size is valid only when version-valid-for equals the change counter.
      'a count past the file, with a stale version-valid-for': withU32(withU32(whole, 28, count + 3), 92, 12345),
    };
    const SQL = await loadSqlJs();
    for (const [name, bytes] of Object.entries(opened)) {
      expect(shellVerdict(bytes), name).toBe('ok');
      expect(headerLooksValid(bytes), name).toBe(true);
      const recovered = recoverDatabase(SQL, bytes, null);
      expect(recovered.state === 'ok' ? 'ok' : recovered.reason, name).toBe('ok');
      if (recovered.state === 'ok') recovered.db.close();
    }
    // Files SQLite calls corrupt from the header alone: fewer pages than a valid count says.
    const refused: Record<string, Uint8Array> = {
      'the last page missing': whole.subarray(0, whole.byteLength - PAGE),
      'a count past the file': withU32(whole, 28, count + 3),
    };
    for (const [name, bytes] of Object.entries(refused)) {
      expect(shellVerdict(bytes), name).toMatch(/malformed/);
      expect(headerLooksValid(bytes), name).toBe(false);
    }
  });

  it('is stricter than SQLite only for a file too short to hold a page: an empty beian.sqlite is damage, never a new workspace', async () => {
    expect(shellVerdict(new Uint8Array(0))).toBe('ok'); // SQLite would start an empty database in it
    expect(headerLooksValid(new Uint8Array(0))).toBe(false);
    expect(headerLooksValid((await sample()).subarray(0, 511))).toBe(false);
  });
});
