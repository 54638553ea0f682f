// An .xlsx is a zip. Before the streaming reader sees it, every entry is inflated once, as a stream, and
// checked against the size and CRC-32 its directory records (the streaming reader can wait forever on some
// damaged zips, and a damaged file must be refused whole) and against SHEET_BOUNDS: what the file declares
// (entry sizes, the shared-string count) and what it yields (row elements, cells per row, column letters,
// shared strings, the longest text) — so a zip bomb is refused after a bounded amount of work.
import zlib from 'node:zlib';
import { MAX_IMPORT_ROWS } from '../../../shared/records/customerImport';
import { refusals } from './messages';
import { SHEET_BOUNDS } from './sheetBounds';
import { SheetRefused } from './sheetTypes';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
/** Bytes of one text run between tags: a cell of SHEET_BOUNDS.cellChars characters, UTF-8 and XML-escaped. */
const MAX_TEXT_RUN_BYTES = SHEET_BOUNDS.cellChars * 8;

const crc32: ((data: Uint8Array, value?: number) => number) | undefined = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

function endOfDirectory(bytes: Buffer): number {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (bytes.readUInt32LE(i) === END_OF_DIRECTORY) return i;
  }
  return -1;
}

/** "ALL" → 1000 */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const TAG = /<(?:[A-Za-z_][\w.-]*:)?(row|c|si|sst)(?=[\s>/])([^>]*)/g;

/** Counts what one XML part yields, chunk by chunk, and refuses the file at the first bound it passes. */
class PartScanner {
  private carry = '';
  private run = 0;
  private rows = 0;
  private cells = 0;
  private strings = 0;

  feed(chunk: Buffer): void {
    const text = chunk.toString('latin1');
    // The longest stretch without a tag: one cell's text (or a hostile run of anything).
    let from = 0;
    for (let lt = text.indexOf('<'); lt >= 0; lt = text.indexOf('<', from)) {
      if (this.run + (lt - from) > MAX_TEXT_RUN_BYTES) throw new SheetRefused(refusals.cellTooLong);
      this.run = 0;
      from = lt + 1;
    }
    this.run += text.length - from;
    if (this.run > MAX_TEXT_RUN_BYTES) throw new SheetRefused(refusals.cellTooLong);

    const all = this.carry + text;
    const lastLt = all.lastIndexOf('<');
    const complete = lastLt < 0 ? '' : all.slice(0, lastLt);
    this.carry = lastLt < 0 ? '' : all.slice(lastLt);
    for (const m of complete.matchAll(TAG)) this.tag(m[1]!, m[2]!);
  }

  end(): void {
    for (const m of this.carry.matchAll(TAG)) this.tag(m[1]!, m[2]!);
    this.carry = '';
  }

  private tag(name: string, attrs: string): void {
    if (name === 'row') {
      if (++this.rows > MAX_IMPORT_ROWS + SHEET_BOUNDS.extraRows) throw new SheetRefused(refusals.tooManyRowElements);
      this.cells = 0;
    } else if (name === 'c') {
      if (++this.cells > SHEET_BOUNDS.columns) throw new SheetRefused(refusals.tooManyColumns);
      const ref = /\br\s*=\s*["']([A-Z]{1,3})\d/.exec(attrs);
      if (ref && columnNumber(ref[1]!) > SHEET_BOUNDS.columns) throw new SheetRefused(refusals.tooManyColumns);
    } else if (name === 'si') {
      if (++this.strings > SHEET_BOUNDS.sharedStrings) throw new SheetRefused(refusals.tooManySharedStrings);
    } else if (name === 'sst') {
      const declared = /\b(?:uniqueCount|count)\s*=\s*["'](\d+)/.exec(attrs);
      if (declared && Number(declared[1]) > SHEET_BOUNDS.sharedStrings) throw new SheetRefused(refusals.tooManySharedStrings);
    }
  }
}

interface Entry {
  name: string;
  method: number;
  crc: number;
  size: number;
  data: Buffer;
}

function directory(bytes: Buffer): Entry[] {
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== LOCAL_HEADER) throw new SheetRefused(refusals.notXlsx);
  const end = endOfDirectory(bytes);
  if (end < 0) throw new SheetRefused(refusals.truncatedXlsx);
  const damaged = () => new SheetRefused(refusals.damagedXlsx);
  const count = bytes.readUInt16LE(end + 10);
  let p = bytes.readUInt32LE(end + 16);
  let declaredTotal = 0;
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== CENTRAL_HEADER) throw damaged();
    const method = bytes.readUInt16LE(p + 10);
    const crc = bytes.readUInt32LE(p + 16);
    const packed = bytes.readUInt32LE(p + 20);
    const size = bytes.readUInt32LE(p + 24);
    const nameLength = bytes.readUInt16LE(p + 28);
    const name = bytes.toString('utf8', p + 46, Math.min(bytes.length, p + 46 + nameLength));
    const local = bytes.readUInt32LE(p + 42);
    p += 46 + nameLength + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL_HEADER) throw damaged();
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    if (start + packed > bytes.length) throw new SheetRefused(refusals.truncatedXlsx);
    declaredTotal += size;
    if (declaredTotal > SHEET_BOUNDS.inflatedBytes) throw new SheetRefused(refusals.inflatesTooLarge);
    if (/^xl\/sharedStrings\.xml$/i.test(name) && size > SHEET_BOUNDS.sharedStringBytes) throw new SheetRefused(refusals.tooManySharedStrings);
    if (method !== 0 && method !== 8) throw damaged();
    entries.push({ name, method, crc, size, data: bytes.subarray(start, start + packed) });
  }
  return entries;
}

/** The entry's inflated bytes, chunk by chunk; never more than it declares. */
async function* inflated(entry: Entry): AsyncGenerator<Buffer> {
  if (entry.method === 0) {
    yield entry.data;
    return;
  }
  const inflater = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
  inflater.end(entry.data);
  let total = 0;
  for await (const chunk of inflater as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > entry.size) {
      inflater.destroy();
      throw new SheetRefused(refusals.damagedXlsx);
    }
    yield chunk;
  }
}

export async function assertSoundZip(bytes: Buffer): Promise<void> {
  const entries = directory(bytes);
  const damaged = () => new SheetRefused(refusals.damagedXlsx);
  try {
    for (const entry of entries) {
      let scanned = /^xl\/(worksheets\/[^/]+|sharedStrings)\.xml$/i.test(entry.name) ? new PartScanner() : null;
      // A bound passed is reported once the entry's CRC is known: a damaged file says it is damaged. The rest
      // of the entry is only inflated and summed (constant memory, at most its declared, bounded size).
      let passed: SheetRefused | null = null;
      const scan = (feed: () => void) => {
        try {
          feed();
        } catch (err) {
          if (!(err instanceof SheetRefused)) throw err;
          passed = err;
          scanned = null;
        }
      };
      let total = 0;
      let crc = 0;
      for await (const chunk of inflated(entry)) {
        total += chunk.length;
        if (crc32) crc = crc32(chunk, crc);
        if (scanned) scan(() => scanned!.feed(chunk));
      }
      if (scanned) scan(() => scanned!.end());
      if (total !== entry.size || (crc32 && crc >>> 0 !== entry.crc)) throw damaged();
      if (passed) throw passed;
    }
  } catch (err) {
    if (err instanceof SheetRefused) throw err;
    throw damaged(); // zlib: invalid deflate data
  }
}
