// 00 材料清单, first in the package: what a receiving officer checks the package against. The unit, its
// 统一社会信用代码 and the generation time; one row per file (序号, 文件名, 标题, 依据条款, pages or count, the
// full SHA-256 in two lines of 32); the 完整性检查's reminders and what was exported with --force; a receipt box for
// the receiving office. It cannot carry its own SHA-256: manifest.json and SHA256SUMS.txt do.
import { formatBeijingTime } from '../../../shared/clock/beijingTime';
import type { ManifestFinding } from '../../../shared/filing/manifest';
import { CODE_BREAKS, createLayout, drawTable, renderLayout, type PdfLayout } from '../../pdf';
import { baseline } from '../../pdf/document';
import { basis, orDash, REGULATION, section } from './common';

export const TITLE = '备案材料清单';
export const FILE_NAME = '00_材料清单.pdf';
export const FOOTER_NAME = '00 材料清单';

export interface MaterialsFile {
  /** Relative to the package folder: '01_单位备案登记表.pdf', 'images/01_营业执照.jpg'. */
  path: string;
  title: string;
  articles: string[];
  /** '3 页', '图片 1 张', 'Excel 表格 1 份'. */
  extent: string;
  sha256: string;
}

export interface MaterialsListInput {
  unit: { name: string; creditCode: string };
  generatedAt: Date;
  dutyRosterMonth: string;
  reportPeriod?: { month: string; from: string; to: string };
  /** Every file of the package but this list, manifest.json and SHA256SUMS.txt, in package order. */
  files: MaterialsFile[];
  reminders: ManifestFinding[];
  forcedOverrides: ManifestFinding[];
}

/** The SHA-256 in two lines of 32 hex digits: readable, and each half copies as one word. */
export const hashCell = (sha256: string) => `${sha256.slice(0, 32)}\n${sha256.slice(32)}`;

const findingText = (f: ManifestFinding) => [f.text, ...(f.details ?? []).map((d) => `· ${d}`)].join('\n');

function findingsTable(doc: PdfLayout, items: readonly ManifestFinding[]): void {
  drawTable(doc, {
    columns: [
      { title: '序号', width: 0.7, align: 'right' },
      { title: '依据条款', width: 2.3 },
      { title: '内容', width: 14 },
    ],
    rows: items.map((f, i) => [String(i + 1), f.article, findingText(f)]),
    size: 9,
  });
}

const RECEIPT_HEIGHT = 118;

/** 受理回执: 受理单位, 受理人, 受理日期 on the left, room for the 签章 on the right; never alone on a page. */
function receiptBox(doc: PdfLayout): void {
  const size = 10.5;
  doc.keepWithPrevious(RECEIPT_HEIGHT);
  const top = doc.y;
  const fieldsWidth = doc.contentWidth * 0.58;
  doc.ops.push({ kind: 'rect', x: doc.left, y: top - RECEIPT_HEIGHT, width: doc.contentWidth, height: RECEIPT_HEIGHT, thickness: 0.75 });
  doc.ops.push({ kind: 'line', x1: doc.left + fieldsWidth, y1: top, x2: doc.left + fieldsWidth, y2: top - RECEIPT_HEIGHT, thickness: 0.5 });
  const fields = ['受理单位：', '受理人：', '受理日期：'];
  const step = RECEIPT_HEIGHT / fields.length;
  fields.forEach((label, i) => {
    const y = top - step * (i + 1) + 12;
    const x = doc.left + 10;
    doc.textAt(label, x, y, size);
    const start = x + doc.measure('受理日期：', size);
    doc.ops.push({ kind: 'line', x1: start, y1: y - 2, x2: doc.left + fieldsWidth - 12, y2: y - 2, thickness: 0.5 });
    if (label === '受理日期：') doc.textAt('年        月        日', start, y, size, 'right', doc.left + fieldsWidth - 24 - start);
  });
  doc.textAt('签章：', doc.left + fieldsWidth + 10, baseline(top - 6, size), size);
  doc.y = top - RECEIPT_HEIGHT;
  doc.space(size);
}

/** The rows of the file table: the files, then this list, manifest.json and SHA256SUMS.txt (whose hashes it cannot hold). */
function fileRows(input: MaterialsListInput, ownPages: number): string[][] {
  const rows = input.files.map((f, i) => [String(i + 2), f.path, f.title, f.articles.join('、') || '—', f.extent, hashCell(f.sha256)]);
  const n = input.files.length;
  return [
    ['1', FILE_NAME, '材料清单（本文件）', '第九条（一）', `${ownPages} 页`, '记在 manifest.json 和 SHA256SUMS.txt 中（本清单不能包含自身的校验值）'],
    ...rows,
    [String(n + 2), 'manifest.json', '材料说明（机器可读）', '—', '1 个文件', '记在 SHA256SUMS.txt 中'],
    [String(n + 3), 'SHA256SUMS.txt', '校验值清单（含本清单和 manifest.json）', '—', '1 个文件', '—（校验值清单本身）'],
  ];
}

export function layoutMaterialsList(input: MaterialsListInput, ownPages: number): PdfLayout {
  const doc = createLayout({ unitName: input.unit.name.trim() || '（单位名称未填写）', generatedAt: input.generatedAt, title: TITLE, orientation: 'landscape' });
  doc.options.footerName = FOOTER_NAME;
  doc.heading(TITLE);
  doc.paragraph(
    `${basis('第九条')}：本单位报送的备案材料如下，共 ${input.files.length + 3} 个文件。每个文件的 SHA-256 校验值可在文件夹内运行 sha256sum -c SHA256SUMS.txt 核对（Windows：certutil -hashfile 文件名 SHA256）。`,
    { size: 10 },
  );
  const period = input.reportPeriod ? `${input.reportPeriod.from} 至 ${input.reportPeriod.to}（${input.reportPeriod.month}）` : '—';
  drawTable(doc, {
    columns: [
      { title: '项目', width: 2 },
      { title: '内容', width: 8 },
    ],
    rows: [
      ['单位名称', orDash(input.unit.name)],
      ['统一社会信用代码', orDash(input.unit.creditCode)],
      ['生成时间（北京时间）', formatBeijingTime(input.generatedAt)],
      ['值班表月份', input.dutyRosterMonth],
      ['月度变更报告期间', period],
    ],
    size: 10,
  });

  section(doc, '一、文件清单', '第九条');
  drawTable(doc, {
    columns: [
      { title: '序号', width: 0.6, align: 'right' },
      { title: '文件名', width: 4.6 },
      { title: '标题', width: 3.2 },
      { title: '依据条款', width: 2.8 },
      { title: '页数 / 数量', width: 1.5 },
      { title: 'SHA-256', width: 4.3 },
    ],
    rows: fileRows(input, ownPages),
    size: 8,
    breakAfter: CODE_BREAKS,
    repeatOnContinue: [0, 1],
  });
  doc.paragraph(
    `本清单（${FILE_NAME}）是备案材料的一部分，不能包含自身的 SHA-256 校验值：它的校验值记在 manifest.json 和 SHA256SUMS.txt 中，manifest.json 的校验值记在 SHA256SUMS.txt 中。`,
    { size: 9 },
  );

  section(doc, '二、完整性检查提醒', '第九条；第十三条（三）');
  if (input.reminders.length === 0) doc.paragraph('无：导出时完整性检查没有提醒。', { size: 10 });
  else {
    doc.paragraph(`导出时完整性检查有 ${input.reminders.length} 项提醒（不阻止导出），单位已知悉：`, { size: 10 });
    findingsTable(doc, input.reminders);
  }

  section(doc, '三、忽略阻止项导出');
  if (input.forcedOverrides.length === 0) doc.paragraph('无：导出时完整性检查没有阻止导出的项目。', { size: 10 });
  else {
    doc.paragraph(`以下 ${input.forcedOverrides.length} 项阻止导出的项目在导出时尚未处理，经命令行 --force 强制导出，材料可能不完整：`, { size: 10 });
    findingsTable(doc, input.forcedOverrides);
  }

  section(doc, '四、受理回执（由受理单位填写）');
  doc.paragraph(`以上材料依据${REGULATION}报送，已收到。`, { size: 10, withNext: true });
  receiptBox(doc);
  return doc;
}

/** Renders 00 材料清单; its own row states its page count, so it is laid out until that count holds. */
export async function buildMaterialsList(input: MaterialsListInput): Promise<{ bytes: Uint8Array; pages: number }> {
  let pages = 1;
  let doc = layoutMaterialsList(input, pages);
  for (let i = 0; i < 3 && doc.pages.length !== pages; i++) {
    pages = doc.pages.length;
    doc = layoutMaterialsList(input, pages);
  }
  const { bytes } = await renderLayout(doc);
  return { bytes, pages: doc.pages.length };
}
