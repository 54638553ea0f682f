// An .xlsx is a zip. Before the streaming reader sees it, every entry is inflated once and checked against
// the size and CRC-32 its directory records: the streaming reader can wait forever on some damaged zips
// (it trusts the local headers), and a damaged file must be refused whole.
import zlib from 'node:zlib';
import { refusals } from './messages';
import { SheetRefused } from './sheetTypes';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
/** Far above any sheet of MAX_IMPORT_ROWS rows (about 120 MB of XML); a zip claiming more is not a sheet. */
const MAX_INFLATED_BYTES = 1024 * 1024 * 1024;

const crc32: ((data: Uint8Array) => number) | undefined = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

function endOfDirectory(bytes: Buffer): number {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (bytes.readUInt32LE(i) === END_OF_DIRECTORY) return i;
  }
  return -1;
}

export function assertSoundZip(bytes: Buffer): void {
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== LOCAL_HEADER) throw new SheetRefused(refusals.notXlsx);
  const end = endOfDirectory(bytes);
  if (end < 0) throw new SheetRefused(refusals.truncatedXlsx);
  const damaged = () => new SheetRefused(refusals.damagedXlsx);
  const entries = bytes.readUInt16LE(end + 10);
  let p = bytes.readUInt32LE(end + 16);
  let inflatedTotal = 0;
  try {
    for (let n = 0; n < entries; n++) {
      if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== CENTRAL_HEADER) throw damaged();
      const method = bytes.readUInt16LE(p + 10);
      const crc = bytes.readUInt32LE(p + 16);
      const packed = bytes.readUInt32LE(p + 20);
      const size = bytes.readUInt32LE(p + 24);
      const nameLength = bytes.readUInt16LE(p + 28);
      const local = bytes.readUInt32LE(p + 42);
      p += 46 + nameLength + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
      if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL_HEADER) throw damaged();
      const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      if (start + packed > bytes.length) throw new SheetRefused(refusals.truncatedXlsx);
      inflatedTotal += size;
      if (inflatedTotal > MAX_INFLATED_BYTES) throw damaged();
      const data = bytes.subarray(start, start + packed);
      let content: Buffer;
      if (method === 0) content = data;
      else if (method === 8) content = zlib.inflateRawSync(data, { maxOutputLength: Math.max(size, 1) });
      else throw damaged();
      if (content.length !== size || (crc32 && crc32(content) >>> 0 !== crc)) throw damaged();
    }
  } catch (err) {
    if (err instanceof SheetRefused) throw err;
    throw damaged(); // zlib: invalid deflate data, or more output than the directory says
  }
}
