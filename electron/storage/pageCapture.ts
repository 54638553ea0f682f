import type { Database } from 'sql.js';

/**
 * What the patched sql.js glue (electron/storage/sqljs, made by scripts/patch-sqljs.mjs) adds to a
 * Database: a hook on every write to its in-memory database file, and the file's current bytes.
 */
interface PagedDatabase {
  onFileWrite?: ((position: number, length: number) => void) | undefined;
  fileContents(): Uint8Array;
}

/**
 * A copy of `bytes` (or of bytes[start, end)) in memory of its own, as a plain Uint8Array. Not
 * `slice()`: on a Node Buffer (what readFile returns) that is a view of the same memory, and a
 * "copy" of the live database file would then change under the commits that follow.
 */
export function copyBytes(bytes: Uint8Array, start = 0, end = bytes.byteLength): Uint8Array {
  return new Uint8Array(bytes.subarray(start, end));
}

function paged(db: Database): PagedDatabase {
  const p = db as unknown as PagedDatabase;
  if (typeof p.fileContents !== 'function') throw new Error('sql.js without the page-capture patch (load it through storage/sqlWasm)');
  return p;
}

/**
 * The database file as SQLite wrote it (outside a transaction: a complete database; no journal is
 * left after a commit), as a copy: the view sql.js keeps is replaced as the file grows.
 */
export function databaseFileBytes(db: Database): Uint8Array {
  return withAllPages(paged(db).fileContents());
}

/**
 * SQLite does not write a page that ends up a free-list leaf, so the file can stop short of the page
 * count in its header; it reads the missing pages as zeros. They are added here, as zeros, so that
 * every copy (snapshot, backup, replay) is a whole file to any reader. Always returns a new array.
 */
export function withAllPages(file: Uint8Array): Uint8Array {
  if (file.byteLength < 100) return copyBytes(file);
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const pageSize = pageSizeOf(file);
  const counted = view.getUint32(24) === view.getUint32(92) ? view.getUint32(28) : 0;
  const whole = counted * pageSize;
  if (whole <= file.byteLength) return copyBytes(file);
  const out = new Uint8Array(whole);
  out.set(file);
  return out;
}

/** The pages one commit wrote, with the file's size after it. */
export interface PageDelta {
  fileSize: number;
  pageSize: number;
  pages: { index: number; bytes: Uint8Array }[];
}

function pageSizeOf(file: Uint8Array): number {
  if (file.byteLength < 18) return 4096;
  const raw = (file[16]! << 8) | file[17]!;
  return raw === 1 ? 65536 : raw || 4096;
}

/**
 * Records which byte ranges of the database file SQLite writes. A commit's delta is the current
 * content of every page touched since the last take(): exact whatever SQL produced it, so replaying
 * deltas onto the snapshot gives back the very file (no statement is re-executed).
 */
export class PageCapture {
  private ranges: number[] = []; // position, length, position, length, …

  constructor(private readonly db: Database) {
    paged(db).onFileWrite = (position, length) => {
      this.ranges.push(position, length);
    };
  }

  /** A mark to roll back to: writes made after it belong to a transaction that may still roll back. */
  mark(): number {
    return this.ranges.length;
  }

  /** After a rollback SQLite has put the touched pages back: what they were is no change. */
  rollbackTo(mark: number): void {
    this.ranges.length = Math.min(mark, this.ranges.length);
  }

  /** The delta since the last take (null when the file was not written), and a fresh start. */
  take(): PageDelta | null {
    if (this.ranges.length === 0) return null;
    const file = paged(this.db).fileContents();
    const pageSize = pageSizeOf(file);
    const touched = new Set<number>();
    for (let i = 0; i < this.ranges.length; i += 2) {
      const start = this.ranges[i]!;
      const end = start + this.ranges[i + 1]!;
      for (let page = Math.floor(start / pageSize); page * pageSize < end; page++) touched.add(page);
    }
    this.ranges = [];
    const pages: PageDelta['pages'] = [];
    for (const index of [...touched].sort((a, b) => a - b)) {
      const at = index * pageSize;
      if (at >= file.byteLength) continue; // truncated away later in the same commit
      pages.push({ index, bytes: copyBytes(file, at, Math.min(at + pageSize, file.byteLength)) });
    }
    return { fileSize: file.byteLength, pageSize, pages };
  }

  detach(): void {
    paged(this.db).onFileWrite = undefined;
    this.ranges = [];
  }
}

/** Payload layout: fileSize (f64), pageSize (u32), count (u32), then count × (index u32, pageSize bytes). */
export function encodeDelta(delta: PageDelta): Uint8Array {
  const size = 16 + delta.pages.reduce((n, p) => n + 4 + delta.pageSize, 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setFloat64(0, delta.fileSize);
  view.setUint32(8, delta.pageSize);
  view.setUint32(12, delta.pages.length);
  let at = 16;
  for (const page of delta.pages) {
    view.setUint32(at, page.index);
    out.set(page.bytes, at + 4); // a last partial page leaves zeros after it; fileSize cuts them off
    at += 4 + delta.pageSize;
  }
  return out;
}

/** A file image that grows as deltas are applied to it. */
export class FileImage {
  private buffer: Uint8Array;
  private size: number;

  /** `initial` is copied: the caller's bytes (often the snapshot as read) are never changed. */
  constructor(initial: Uint8Array) {
    this.buffer = copyBytes(initial);
    this.size = initial.byteLength;
  }

  /** Applies one encoded delta; throws on a payload that does not parse. */
  apply(payload: Uint8Array): void {
    const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
    if (payload.byteLength < 16) throw new Error('delta too short');
    const fileSize = view.getFloat64(0);
    const pageSize = view.getUint32(8);
    const count = view.getUint32(12);
    if (!Number.isSafeInteger(fileSize) || fileSize < 0 || pageSize < 512 || payload.byteLength !== 16 + count * (4 + pageSize)) {
      throw new Error('delta malformed');
    }
    this.reserve(fileSize);
    if (fileSize > this.size) this.buffer.fill(0, this.size, fileSize);
    this.size = fileSize;
    for (let i = 0, at = 16; i < count; i++, at += 4 + pageSize) {
      const offset = view.getUint32(at) * pageSize;
      const length = Math.min(pageSize, fileSize - offset);
      if (length > 0) this.buffer.set(payload.subarray(at + 4, at + 4 + length), offset);
    }
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.size);
  }

  private reserve(needed: number): void {
    if (needed <= this.buffer.byteLength) return;
    const grown = new Uint8Array(Math.max(needed, Math.floor(this.buffer.byteLength * 1.25)));
    grown.set(this.buffer.subarray(0, this.size));
    this.buffer = grown;
  }
}
