import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileImage, PageCapture, copyBytes, databaseFileBytes, encodeDelta } from '../../../electron/storage/pageCapture';
import { loadSqlJs } from '../../../electron/storage/sqlWasm';
import { cleanupTemps, tempDir } from '../../fixtures/storage/helpers';

afterEach(cleanupTemps);

// readFile gives a Node Buffer, whose slice() is a view of the same memory, not a copy. None of the
// storage's copies may share memory with what they were made from (the crash test's "snapshot header":
// a checkpoint's image changed under the commits made while it was written).

/** A database file as readFile returns it: a Buffer. */
async function databaseAsRead(): Promise<Buffer> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database();
  db.exec('PRAGMA page_size = 4096; CREATE TABLE t (n INTEGER, body BLOB); INSERT INTO t VALUES (1, zeroblob(100));');
  const file = path.join(tempDir(), 'made.sqlite');
  writeFileSync(file, databaseFileBytes(db)); // the file as sql.js holds it, as a checkpoint writes it
  db.close();
  return readFileSync(file);
}

describe('copies of the database file are copies, also of a Node Buffer', () => {
  it('a database opened from a Buffer never writes into it, and an image taken of it stays as taken while commits go on', async () => {
    const SQL = await loadSqlJs();
    const file = await databaseAsRead();
    const original = Buffer.from(file); // a real copy
    const db = new SQL.Database(file);
    const image = databaseFileBytes(db);
    const imageCopy = Buffer.from(image);
    db.exec('UPDATE t SET n = 2'); // in place
    db.exec('INSERT INTO t VALUES (3, zeroblob(20000))'); // grows the file
    expect(file.equals(original)).toBe(true);
    expect(Buffer.from(image).equals(imageCopy)).toBe(true);
    expect(Buffer.from(databaseFileBytes(db)).equals(imageCopy)).toBe(false);
    db.close();
  });

  it('the pages a commit wrote are copies: later commits do not change a record already encoded or pending', async () => {
    const SQL = await loadSqlJs();
    const db = new SQL.Database(await databaseAsRead());
    const capture = new PageCapture(db);
    db.exec('UPDATE t SET n = 2');
    const delta = capture.take()!;
    const pages = delta.pages.map((p) => Buffer.from(p.bytes));
    db.exec('UPDATE t SET n = 3');
    expect(delta.pages.length).toBeGreaterThan(0);
    delta.pages.forEach((p, i) => expect(Buffer.from(p.bytes).equals(pages[i]!), `page ${p.index}`).toBe(true));
    capture.detach();
    db.close();
  });

  it('replay (FileImage) works on its own copy: the snapshot Buffer it starts from is unchanged', async () => {
    const SQL = await loadSqlJs();
    const snapshot = await databaseAsRead();
    const original = Buffer.from(snapshot);
    const db = new SQL.Database(snapshot);
    const capture = new PageCapture(db);
    db.exec('UPDATE t SET n = 2'); // in place: the replayed image keeps the snapshot's size
    const payload = encodeDelta(capture.take()!);
    capture.detach();
    db.close();
    const image = new FileImage(snapshot);
    image.apply(payload);
    expect(snapshot.equals(original)).toBe(true);
    expect(Buffer.from(image.bytes()).equals(original)).toBe(false);
    const copy = copyBytes(snapshot);
    expect(copy.buffer).not.toBe(snapshot.buffer);
    expect(copy.constructor).toBe(Uint8Array);
  });
});
