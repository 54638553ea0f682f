import { z } from 'zod';
import type { ComplianceSummary } from '../compliance/summary';
import { SCREEN_KEYS, type ScreenKey } from '../navigation';
import { IDC_ROOM_ARTICLE } from '../compliance/idcRooms';

/**
 * 完整性检查 before 导出备案材料: what the filing still lacks, each item with its article and the screen
 * whose form fixes it. Blocking items stop the export (the command line can override with --force);
 * warnings are shown and the export goes on.
 */
export const completenessItemSchema = z.object({
  article: z.string(),
  text: z.string(),
  screen: z.enum(SCREEN_KEYS),
  /** The records behind the item, one line each (no ID numbers). */
  details: z.array(z.string()).optional(),
});
export type CompletenessItem = z.infer<typeof completenessItemSchema>;

export const completenessSchema = z.object({
  blocking: z.array(completenessItemSchema),
  warnings: z.array(completenessItemSchema),
});
export type Completeness = z.infer<typeof completenessSchema>;

/** A character no PDF font has (electron/pdf findMissingCharacters). */
export interface MissingCharacterLike {
  record: string;
  field: string;
  char: string;
  codePoint: string;
}

/** One standard image as the export will write it: its quality flags, or why it could not be made. */
export interface ImageCheck {
  /** e.g. 03_法定代表人_张三_证件正面.jpg */
  fileName: string;
  /** e.g. 法定代表人 张三 证件正面 */
  title: string;
  flags: string[];
  /** The original is missing or unreadable: the image cannot go into the package. */
  error?: string;
}

/** 第九条 lists what the filing holds: the unit's documents, scans of the key people's IDs, the forms. */
const FILING_ARTICLE = '第九条';

/** Which screen fixes a record named as the PDFs name it: '人员 #3', '服务器 A-001', '单位' … */
export function screenOfRecord(record: string): ScreenKey {
  const prefixes: [string, ScreenKey][] = [
    ['月度变更报告', 'changes'],
    ['空间编号', 'customerSpaces'],
    ['安全事件', 'incidents'],
    ['人员', 'people'],
    ['服务器', 'servers'],
    ['机房', 'idcRooms'],
    ['证照', 'licenses'],
    ['营业执照', 'licenses'],
    ['电信业务经营许可证', 'licenses'],
    ['信息网络安全小组', 'securityGroup'],
    ['安全小组', 'securityGroup'],
    ['值班', 'dutyRoster'],
    ['单位', 'unit'],
  ];
  return prefixes.find(([p]) => record.startsWith(p))?.[1] ?? 'unit';
}

/** The article a record (named as the PDFs name it) is filed under: a rare character is reported against it. */
export function articleOfRecord(record: string): string {
  const prefixes: [string, string][] = [
    ['月度变更报告', '第十三条（三）'],
    ['空间编号', '第四条'],
    ['安全事件', '第十三条（五）'],
    ['人员', '第九条'],
    ['服务器', '第八条'],
    ['机房', IDC_ROOM_ARTICLE],
    ['证照', '第九条'],
    ['营业执照', '第九条'],
    ['电信业务经营许可证', '第九条'],
    ['信息网络安全小组', '第十条'],
    ['安全小组', '第十条'],
    ['值班', '第十三条（二）'],
    ['单位', '第二条'],
  ];
  return prefixes.find(([p]) => record.startsWith(p))?.[1] ?? FILING_ARTICLE;
}

/**
 * Reports due to the police (客户信息 within thirty days, the 月度变更报告, incidents) and a server past its
 * 第八条 filing deadline are reminders, red or not: the package is how they are submitted, so they never stop it
 * (04 prints each overdue server with its overdue days).
 */
export const REMINDER_ARTICLES: ReadonlySet<string> = new Set(['第八条', '第十二条', '第十三条（三）', '第十三条（五）']);

/** 03_/04_ are people's ID scans; the rest are licenses. */
const screenOfImage = (fileName: string): ScreenKey => (/^0[34]_/.test(fileName) ? 'people' : 'licenses');

export function completenessCheck(
  summary: Pick<ComplianceSummary, 'rows'>,
  missingChars: readonly MissingCharacterLike[],
  images: readonly ImageCheck[],
): Completeness {
  const blocking: CompletenessItem[] = [];
  const warnings: CompletenessItem[] = [];

  for (const row of summary.rows) {
    if (row.status === 'ok') continue;
    const blocks = row.status === 'error' && !REMINDER_ARTICLES.has(row.article);
    // A red row's amber items (a license 50 days from expiry beside an expired one) stay reminders: each item
    // keeps the weight 概览 gives it.
    const amber = blocks ? row.details.filter((d) => d.status === 'warn') : [];
    const details = row.details.filter((d) => !amber.includes(d)).map((d) => d.text);
    if (row.detailsTotal > row.details.length) details.push(`……共 ${row.detailsTotal} 项`);
    const item: CompletenessItem = { article: row.article, text: `${row.topic}：${row.message}`, screen: row.screen, ...(details.length ? { details } : {}) };
    (blocks ? blocking : warnings).push(item);
    if (amber.length > 0) {
      warnings.push({ article: row.article, text: `${row.topic}：另有 ${amber.length} 项提醒`, screen: row.screen, details: amber.map((d) => d.text) });
    }
  }

  if (!images.some((i) => /^01_营业执照(_\d+)*\.jpg$/.test(i.fileName) && !i.error)) {
    blocking.push({ article: FILING_ARTICLE, text: '备案材料中没有营业执照图片：请在“证照”中登记营业执照并上传扫描件', screen: 'licenses' });
  }
  for (const img of images) {
    if (img.error) {
      blocking.push({ article: FILING_ARTICLE, text: `${img.title}（images/${img.fileName}）无法生成标准电子图片：${img.error}`, screen: screenOfImage(img.fileName) });
    } else if (img.flags.length > 0) {
      warnings.push({ article: FILING_ARTICLE, text: `${img.title}（images/${img.fileName}）：${img.flags.join('、')}，请核对是否清晰可辨，必要时重新扫描`, screen: screenOfImage(img.fileName) });
    }
  }

  // One warning per field: a rare character the PDF fonts lack cannot be printed, so it must be written in by hand.
  const byField = new Map<string, { record: string; field: string; chars: string[] }>();
  for (const m of missingChars) {
    const key = `${m.record}\u0000${m.field}`;
    const entry = byField.get(key) ?? { record: m.record, field: m.field, chars: [] };
    const shown = `「${m.char}」（${m.codePoint}）`;
    if (!entry.chars.includes(shown)) entry.chars.push(shown);
    byField.set(key, entry);
  }
  for (const e of byField.values()) {
    warnings.push({
      article: articleOfRecord(e.record),
      text: `${e.record}的“${e.field}”中的 ${e.chars.join('、')} 在 PDF 字体中没有，表格上印为“〓”并加脚注：请打印后手写补全，或核对该字是否录入有误`,
      screen: screenOfRecord(e.record),
    });
  }

  return { blocking, warnings };
}
