// Hostile spreadsheets built in the test itself (small on disk): each passes one of SHEET_BOUNDS.
import { Readable } from 'node:stream';
import yazl from 'yazl';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`;
const SHEET_TAIL = `</sheetData></worksheet>`;
const HEADER_ROW = `<row r="1"><c r="A1" t="inlineStr"><is><t>空间编号</t></is></c><c r="B1" t="inlineStr"><is><t>租用者名称</t></is></c></row>`;

/** Pieces of a part, repeated without building the whole text in memory. */
export interface Part {
  head: string;
  repeat: string;
  times: number;
  tail: string;
}

function* chunks(part: Part): Generator<Buffer> {
  yield Buffer.from(part.head);
  if (part.times === 0 || part.repeat === '') {
    yield Buffer.from(part.tail);
    return;
  }
  const block = Buffer.from(part.repeat.repeat(Math.max(1, Math.floor((1 << 20) / part.repeat.length))));
  const perBlock = Math.max(1, Math.floor((1 << 20) / part.repeat.length));
  let left = part.times;
  while (left >= perBlock) {
    yield block;
    left -= perBlock;
  }
  if (left > 0) yield Buffer.from(part.repeat.repeat(left));
  yield Buffer.from(part.tail);
}

/** An .xlsx whose sheet (and shared strings) are generated from `sheet` (and `strings`). */
export function bombXlsx(sheet: Part, strings?: Part): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from(CONTENT_TYPES), '[Content_Types].xml');
  zip.addBuffer(Buffer.from(RELS), '_rels/.rels');
  zip.addBuffer(Buffer.from(WORKBOOK), 'xl/workbook.xml');
  zip.addBuffer(Buffer.from(WORKBOOK_RELS), 'xl/_rels/workbook.xml.rels');
  zip.addReadStream(Readable.from(chunks(sheet)), 'xl/worksheets/sheet1.xml');
  if (strings) zip.addReadStream(Readable.from(chunks(strings)), 'xl/sharedStrings.xml');
  zip.end();
  return new Promise((resolve, reject) => {
    const out: Buffer[] = [];
    zip.outputStream.on('data', (d: Buffer) => out.push(d));
    zip.outputStream.on('end', () => resolve(Buffer.concat(out)));
    zip.outputStream.on('error', reject);
  });
}

export const sheetOf = (repeat: string, times: number, before = ''): Part => ({ head: SHEET_HEAD + HEADER_ROW + before, repeat, times, tail: SHEET_TAIL });

export const BOMBS = {
  /** Empty row elements (the billion, scaled to what a test builds quickly). */
  emptyRows: (times = 300_000) => bombXlsx(sheetOf('<row/>', times)),
  /** Shared strings by count: millions of empty entries. */
  sharedStrings: (times = 2_500_000) =>
    bombXlsx(sheetOf('', 0, '<row r="2"><c r="A2" t="s"><v>0</v></c></row>'), {
      head: `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`,
      repeat: '<si><t/></si>',
      times,
      tail: '</sst>',
    }),
  /** One cell of `chars` characters. */
  hugeCell: (chars = 10_000_000) => bombXlsx({ head: SHEET_HEAD + HEADER_ROW + '<row r="2"><c r="A2" t="inlineStr"><is><t>', repeat: 'A', times: chars, tail: `</t></is></c></row>${SHEET_TAIL}` }),
  /** A cell in column XFD (16,384): the reader would make every row that wide. */
  farColumn: (rows = 1000) => bombXlsx(sheetOf('<row><c r="XFD2" t="inlineStr"><is><t>x</t></is></c></row>', rows)),
  /** More cells in one row than any sheet of spaces has. */
  wideRow: (cells = 5000) => bombXlsx(sheetOf('', 0, `<row r="2">${'<c t="inlineStr"><is><t>x</t></is></c>'.repeat(cells)}</row>`)),
};

/** Rewrites the central directory so the first entry named `name` claims `size` uncompressed bytes. */
export function claimSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  for (let p = out.length - 22; p >= 0; p--) {
    if (out.readUInt32LE(p) !== 0x06054b50) continue;
    let at = out.readUInt32LE(p + 16);
    for (let n = out.readUInt16LE(p + 10); n > 0; n--) {
      const nameLength = out.readUInt16LE(at + 28);
      if (out.toString('utf8', at + 46, at + 46 + nameLength) === name) {
        out.writeUInt32LE(size, at + 24);
        return out;
      }
      at += 46 + nameLength + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
    }
  }
  throw new Error(`no ${name} in the zip`);
}
