// Names of the standard images in the package: by what they are, numbered in the order of 第九条's list.
//   01_营业执照.jpg (several scans: 01_营业执照_1.jpg, 01_营业执照_2.jpg, …)
//   02_电信业务经营许可证.jpg
//   03_法定代表人_<姓名>_证件正面.jpg / _证件反面.jpg
//   04_主要负责人_<姓名>_证件正面.jpg / _证件反面.jpg
//   05_其他证照_<证照名称>.jpg
// A person who is both 法定代表人 and 主要负责人 appears under both numbers: each role's documents are
// complete on their own. Names are safe on Windows (no \ / : * ? " < > | or control characters, no
// trailing dot or space, at most 100 characters) and unique (a repeated name gets _2, _3 …).
import type { StoredLicense } from '../../shared/records/license';
import type { StoredPerson } from '../../shared/records/person';

export interface StandardImageEntry {
  /** e.g. 01_营业执照.jpg — the file under images/ in the package. */
  fileName: string;
  /** SHA-256 of the original scan (attachments/<sha256>.<ext>). */
  sha256: string;
  /** What it is, in words: 营业执照（第 1 页，共 2 页）, 法定代表人 张三 证件正面 … */
  title: string;
}

/** The part of the filing records the image list needs (FilingRecords has these and more). */
export interface ImageSourceRecords {
  licenses: readonly Pick<StoredLicense, 'kind' | 'title' | 'number' | 'scans'>[];
  people: readonly Pick<StoredPerson, 'name' | 'roles' | 'idFront' | 'idBack'>[];
}

export const MAX_NAME_LENGTH = 100;
const EXT = '.jpg';

/** A name part made safe for Windows, macOS and Linux file systems. */
export function safeNamePart(text: string): string {
  return [...text]
    .map((c) => (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f || '\\/:*?"<>|'.includes(c) ? '_' : c))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
}

/**
 * The whole file name: parts joined by _, then the numeric suffixes (_1, _2 …), then .jpg; at most 100
 * characters (code points). A long name is cut in its parts, never in the suffixes that tell files apart.
 */
export function standardFileName(parts: readonly string[], suffixes: readonly string[] = []): string {
  const base = parts
    .map(safeNamePart)
    .filter((p) => p !== '')
    .join('_');
  const tail = suffixes.map((x) => `_${x}`).join('') + EXT;
  const room = MAX_NAME_LENGTH - [...tail].length;
  const chars = [...base];
  const cut = chars.length > room ? chars.slice(0, room).join('').replace(/[. _]+$/, '') : base;
  return `${cut || '图片'}${tail}`;
}

interface Draft {
  parts: string[];
  suffixes?: string[];
  sha256: string;
  title: string;
}

/** Numbers the scans of one item: one scan keeps the plain name, several get _1, _2 … */
function scansOf(parts: string[], title: string, scans: readonly string[]): Draft[] {
  if (scans.length === 1) return [{ parts, sha256: scans[0]!, title }];
  return scans.map((sha256, i) => ({ parts, suffixes: [String(i + 1)], sha256, title: `${title}（第 ${i + 1} 页，共 ${scans.length} 页）` }));
}

function idScans(number: string, role: string, p: ImageSourceRecords['people'][number]): Draft[] {
  const out: Draft[] = [];
  if (p.idFront) out.push({ parts: [number, role, p.name, '证件正面'], sha256: p.idFront, title: `${role} ${p.name} 证件正面` });
  if (p.idBack) out.push({ parts: [number, role, p.name, '证件反面'], sha256: p.idBack, title: `${role} ${p.name} 证件反面` });
  return out;
}

export function standardImageList(records: ImageSourceRecords): StandardImageEntry[] {
  const drafts: Draft[] = [];
  const byKind = (kind: string) => records.licenses.filter((l) => l.kind === kind);

  drafts.push(...scansOf(['01', '营业执照'], '营业执照', byKind('营业执照').flatMap((l) => l.scans)));
  drafts.push(...scansOf(['02', '电信业务经营许可证'], '电信业务经营许可证', byKind('电信业务经营许可证').flatMap((l) => l.scans)));
  for (const p of records.people.filter((x) => x.roles.includes('法定代表人'))) drafts.push(...idScans('03', '法定代表人', p));
  for (const p of records.people.filter((x) => x.roles.includes('主要负责人'))) drafts.push(...idScans('04', '主要负责人', p));
  for (const l of byKind('其他')) {
    const name = l.title.trim() || l.number.trim() || '证照';
    drafts.push(...scansOf(['05', '其他证照', name], `其他证照 ${name}`, l.scans));
  }

  // Unique names, case-insensitively (Windows and macOS file systems fold case).
  const used = new Set<string>();
  return drafts.map((d) => {
    let fileName = standardFileName(d.parts, d.suffixes);
    for (let n = 2; used.has(fileName.toLowerCase()); n++) fileName = standardFileName(d.parts, [...(d.suffixes ?? []), String(n)]);
    used.add(fileName.toLowerCase());
    return { fileName, sha256: d.sha256, title: d.title };
  });
}
