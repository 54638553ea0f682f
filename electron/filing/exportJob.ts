// 导出备案材料 end to end: read the records (loadFilingRecords), run the 完整性检查, render the PDFs 01–07
// and the .xlsx of 05 and 06, make every scan a standard image, then write and verify the package
// (package/writer.ts). Runs as a job kept in memory by id, so a window can poll its progress. No record,
// no attachment, no audit row and no reported month changes during an export: its result says whether the
// 月度变更报告's month can now be recorded as reported (a person does that once it is handed over).
import { randomUUID } from 'node:crypto';
import type { ComplianceSummary } from '../../shared/compliance/summary';
import { completenessCheck, type Completeness, type CompletenessItem, type ImageCheck } from '../../shared/filing/completeness';
import { todayInShanghai } from '../../shared/identity/calendarDate';
import type { ImageProfile } from '../../shared/records/imageProfile';
import { ApiError } from '../../shared/api/errors';
import { readAttachmentRow } from '../attachments/attachmentRows';
import { readOriginal } from '../attachments/renditions';
import { findMissingCharacters } from '../pdf';
import { ID_CARD_WIDTH_MM, normalizeImage, standardImageList } from '../standardImages';
import type { Store } from '../storage/types';
import { one } from '../storage/rows';
import { buildManifest, packageFolderName } from './package/manifest';
import { PackageWriteError } from './package/messages';
import type { PackageResult } from '../../shared/filing/api';
import { sha256Hex, writeFilingPackage, type PackageFile } from './package/writer';
import { articlesOfPackageFile } from './package/fileArticles';
import * as materialsList from './pdfs/materialsList';
import type { PackageFs } from './package/fsLayer';
import { buildFilingPdfs, filingTextFields } from './pdfs';
import * as customerSpaceRegister from './pdfs/customerSpaceRegister';
import * as monthlyChangeReport from './pdfs/monthlyChangeReport';
import { buildRegisterXlsx } from '../services/customerSpaces/registerXlsx';
import { buildMonthlyXlsx } from '../services/reports/monthlyXlsx';
import { reportedMonth, reportedMonths } from '../services/reports/reportRange';
import { futureReportMonthMessage, reportMonthSchema, unendedMonthMessage } from '../../shared/reports/monthlyReport';
import { currentMonth, loadFilingRecords, monthRange, type FilingRecords } from './records';

/**
 * The phases a window shows. Reading the records, the check, the PDFs and the images come before the
 * first file is written and are reported as 'write' at 0 of the file count; a failure keeps the phase
 * it happened in and sets `error`.
 */
export const EXPORT_PHASES = ['write', 'verify', 'zip', 'done'] as const;
export type ExportPhase = (typeof EXPORT_PHASES)[number];

export interface ExportProgress {
  phase: ExportPhase;
  done: number;
  total: number;
  file?: string;
  result?: PackageResult;
  error?: { message: string; file?: string };
}

// --- standard images, cached by original and settings: the 完整性检查 and the export that follows share them ---

interface PreparedImage extends ImageCheck {
  bytes?: Uint8Array;
}

const imageCache = new Map<string, { bytes: Buffer; flags: string[] }>();
const IMAGE_CACHE_LIMIT = 64;

async function prepareOne(store: Store, sha256: string, profile: ImageProfile, date: string, realWidthMm?: number): Promise<{ bytes: Buffer; flags: string[] }> {
  const key = `${sha256}|${JSON.stringify(profile)}|${profile.watermark.enabled ? date : ''}|${realWidthMm ?? ''}`;
  const hit = imageCache.get(key);
  if (hit) return hit;
  const row = store.read((db) => readAttachmentRow(db, sha256));
  if (!row) throw new ApiError('NOT_FOUND', '扫描件原件已丢失，请重新上传');
  const original = await readOriginal(store.paths, { sha256: row.sha256, ext: row.ext });
  const n = await normalizeImage(original, profile, { watermarkDate: date, ...(realWidthMm ? { realWidthMm } : {}) });
  const value = { bytes: n.bytes, flags: n.flags };
  imageCache.set(key, value);
  while (imageCache.size > IMAGE_CACHE_LIMIT) imageCache.delete(imageCache.keys().next().value!);
  return value;
}

/** Every standard image of the package, a few at a time (sharp runs on libuv's threads). */
export async function prepareImages(
  store: Store,
  records: FilingRecords,
  profile: ImageProfile,
  date: string,
  onOne: (done: number, total: number, file: string) => void = () => undefined,
): Promise<PreparedImage[]> {
  const list = standardImageList(records);
  // ID scans of card-sized documents (every 证件类型 but 护照) print at the card's real size, 85.6 × 54 mm.
  const cardScans = new Set(records.people.filter((p) => p.idType !== '护照').flatMap((p) => [p.idFront, p.idBack]).filter(Boolean));
  const out: PreparedImage[] = new Array(list.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < list.length) {
      const i = next++;
      const e = list[i]!;
      try {
        const { bytes, flags } = await prepareOne(store, e.sha256, profile, date, cardScans.has(e.sha256) ? ID_CARD_WIDTH_MM : undefined);
        out[i] = { fileName: e.fileName, title: e.title, flags, bytes };
      } catch (err) {
        out[i] = { fileName: e.fileName, title: e.title, flags: [], error: err instanceof Error ? err.message : '无法读取' };
      }
      onOne(++done, list.length, `images/${e.fileName}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, list.length) }, worker));
  return out;
}

// --- 完整性检查 ---

export interface CheckResult extends Completeness {
  records: FilingRecords;
  images: PreparedImage[];
  summary: ComplianceSummary;
}

function checkMonth(month: string | undefined): string {
  const m = month ?? currentMonth();
  try {
    monthRange(m);
  } catch (err) {
    throw new ApiError('VALIDATION', (err as Error).message, 'month');
  }
  return m;
}

function checkReportMonth(month: string | undefined, now: Date): string | undefined {
  if (month === undefined) return undefined;
  const parsed = reportMonthSchema.safeParse(month);
  if (!parsed.success) throw new ApiError('VALIDATION', `报告月份：${parsed.error.issues[0]?.message ?? '格式不对'}`, 'reportMonth');
  const future = futureReportMonthMessage(parsed.data, todayInShanghai(now));
  if (future) throw new ApiError('VALIDATION', future, 'reportMonth');
  return parsed.data;
}

export async function runFilingCheck(store: Store, opts: { month?: string; reportMonth?: string; profile: ImageProfile; now?: Date }): Promise<CheckResult> {
  const month = checkMonth(opts.month);
  const now = opts.now ?? new Date();
  const reportMonth = checkReportMonth(opts.reportMonth, now);
  const today = todayInShanghai(now);
  // One evaluation for 完整性检查 and the PDFs: the records carry it (第十三条（二） over the filed month, the same `now`).
  const records = loadFilingRecords(store, { month, now, ...(reportMonth ? { reportMonth } : {}) });
  const summary = records.compliance;
  const missing = findMissingCharacters(filingTextFields(records));
  const images = await prepareImages(store, records, opts.profile, today);
  const check = completenessCheck(summary, missing, images);
  const coveredBy = reportedLater(store, records.reportMonth);
  if (coveredBy) check.warnings.push(coveredBy);
  return { ...check, records, images, summary };
}

/**
 * A 报告月份 before a month already reported: that report took in every change up to it, so 06 would list them
 * again and the package cannot record the month (markMonthlyReported refuses it). Said before the export.
 */
function reportedLater(store: Store, reportMonth: string): Completeness['warnings'][number] | null {
  const later = store.read((db) => reportedMonths(db)).filter((m) => m.month > reportMonth);
  if (later.length === 0 || store.read((db) => reportedMonth(db, reportMonth))) return null;
  const newest = later[0]!.month;
  return {
    article: '第十三条（三）',
    text: `报告月份 ${reportMonth} 的变更已包含在已报送的 ${newest} 月度变更报告中，06 将重复列出这些变更；下一份要报送的是 ${newest} 之后的月份`,
    screen: 'changes',
  };
}

// --- the export ---

/** A file of the package as 00 材料清单 and manifest.json describe it. */
interface Content {
  path: string;
  title: string;
  /** '3 页', '图片 1 张', 'Excel 表格 1 份'. */
  extent: string;
  pages?: number;
}

export interface ExportOptions {
  destination: string;
  month?: string;
  /** The month of the 月度变更报告 (06); default: the month before this one. */
  reportMonth?: string;
  zip: boolean;
  /** Export although blocking items are open (the command line's --force). */
  force?: boolean;
  profile: ImageProfile;
  now?: Date;
  /** For tests: a file layer that injects faults. */
  fs?: PackageFs;
}

function newestLogSeal(store: Store): { count: number; newest: { seq: number; sealedAt: string; hash: string } } | null {
  return store.read((db) => {
    const count = one<{ n: number }>(db, 'SELECT COUNT(*) AS n FROM log_seal')?.n ?? 0;
    const newest = one<{ seq: number; sealedAt: string; hash: string }>(db, 'SELECT seq, sealed_at AS sealedAt, hash FROM log_seal ORDER BY seq DESC LIMIT 1');
    return newest ? { count, newest } : null;
  });
}

export async function exportFilingPackage(store: Store, opts: ExportOptions, report: (p: ExportProgress) => void = () => undefined): Promise<PackageResult> {
  const generatedAt = opts.now ?? new Date();
  // Taken before the records are read: a space changed after it is never taken for one this package carries.
  const recordsAsOf = new Date().toISOString();
  const month = checkMonth(opts.month);
  const preparing = (file?: string) => report({ phase: 'write', done: 0, total: 0, ...(file ? { file } : {}) });
  preparing();
  const check = await runFilingCheck(store, { month, ...(opts.reportMonth ? { reportMonth: opts.reportMonth } : {}), profile: opts.profile, now: generatedAt });
  if (check.blocking.length > 0 && !opts.force) {
    throw new ApiError('VALIDATION', `完整性检查有 ${check.blocking.length} 项阻止导出，请先处理：${check.blocking.map((b) => `${b.article} ${b.text}`).join('；')}`);
  }

  const { records, images } = check;
  preparing('01_单位备案登记表.pdf');
  const pdfs = await buildFilingPdfs(records, { month, generatedAt });

  const files: PackageFile[] = pdfs.map((p) => ({ path: p.fileName, bytes: p.bytes }));
  const contents: Content[] = pdfs.map((p) => ({ path: p.fileName, title: p.fileName.replace(/^\d+_|\.pdf$/g, ''), extent: `${p.pages} 页`, pages: p.pages }));
  // The sheets beside 05 and 06: every space, every field change (the PDFs stop after their first items).
  const sheets: PackageFile[] = [];
  if (customerSpaceRegister.applies(records)) {
    preparing(customerSpaceRegister.XLSX_NAME);
    sheets.push({ path: customerSpaceRegister.XLSX_NAME, bytes: (await buildRegisterXlsx(store, generatedAt)).bytes });
  }
  preparing(monthlyChangeReport.XLSX_NAME);
  sheets.push({ path: monthlyChangeReport.XLSX_NAME, bytes: await buildMonthlyXlsx(records.changeReport) });
  for (const sheet of sheets) {
    files.push(sheet);
    contents.push({ path: sheet.path, title: `${sheet.path.replace(/^\d+_|\.xlsx$/g, '')}（Excel）`, extent: 'Excel 表格 1 份' });
  }
  for (const img of images) {
    if (!img.bytes) continue; // a blocking item already named it; with --force the package goes without it
    files.push({ path: `images/${img.fileName}`, bytes: img.bytes });
    contents.push({ path: `images/${img.fileName}`, title: img.title, extent: '图片 1 张' });
  }

  // 00 材料清单 lists every file above with its SHA-256, then goes first.
  const unit = { name: records.unit?.name ?? '', creditCode: records.unit?.creditCode ?? '' };
  const reportPeriod = { month: records.reportMonth, from: records.changeReport.periodStart, to: records.changeReport.periodEnd };
  const finding = (f: CompletenessItem) => ({ article: f.article, text: f.text, ...(f.details?.length ? { details: f.details } : {}) });
  const reminders = check.warnings.map(finding);
  const forcedOverrides = check.blocking.map(finding);
  preparing(materialsList.FILE_NAME);
  const list = await materialsList.buildMaterialsList({
    unit,
    generatedAt,
    dutyRosterMonth: month,
    reportPeriod,
    files: contents.map((c, i) => ({ path: c.path, title: c.title, articles: articlesOfPackageFile(c.path), extent: c.extent, sha256: sha256Hex(files[i]!.bytes) })),
    reminders,
    forcedOverrides,
  });
  files.unshift({ path: materialsList.FILE_NAME, bytes: list.bytes });
  contents.unshift({ path: materialsList.FILE_NAME, title: materialsList.TITLE, extent: `${list.pages} 页`, pages: list.pages });

  const logSeals = newestLogSeal(store);
  const manifest = buildManifest({
    ...(logSeals ? { logSeals } : {}),
    unit,
    generatedAt,
    month,
    counts: {
      pdfs: pdfs.length + 1,
      sheets: sheets.length,
      images: files.length - 1 - pdfs.length - sheets.length,
      licenses: records.licenses.length,
      people: records.people.length,
      servers: records.servers.length,
      securityGroupMembers: records.securityGroup?.members.length ?? 0,
      dutySlots: records.dutyRoster.slots.length,
      customerSpaces: records.spaceCount,
      customerSpacesToReport: records.spacesToReportCount,
      incidents: records.incidents.length,
      changesAdded: records.changeReport.counts.added,
      changesChanged: records.changeReport.counts.changed,
      changesRemoved: records.changeReport.counts.removed,
    },
    reportMonth: records.reportMonth,
    reportPeriod,
    contents: contents.map((c) => ({ path: c.path, title: c.title, articles: articlesOfPackageFile(c.path), ...(c.pages ? { pages: c.pages } : {}) })),
    completeness: { blocking: check.blocking.length, warnings: check.warnings.length, forced: check.blocking.length > 0, reminders, forcedOverrides },
    materialsList: materialsList.FILE_NAME,
  });

  const written = await writeFilingPackage({
    destination: opts.destination,
    folderName: packageFolderName(unit.creditCode, generatedAt),
    files,
    zip: opts.zip,
    manifest,
    onProgress: (p) => {
      if (p.phase !== 'done') report(p); // 'done' is reported with the result
    },
    ...(opts.fs ? { fs: opts.fs } : {}),
  });
  const reportMonth = records.reportMonth;
  const reported = store.read((db) => reportedMonth(db, reportMonth)) !== null;
  const later = store.read((db) => reportedMonths(db)).find((m) => m.month > reportMonth);
  const reason = reported
    ? `${reportMonth} 已记为报送`
    : later
      ? `${later.month} 的月度变更报告已报送，不能再把更早的 ${reportMonth} 记为已报送`
      : unendedMonthMessage(reportMonth, todayInShanghai(generatedAt));
  const monthlyReport = { month: reportMonth, reported, canMark: reason === null, ...(reason ? { reason } : {}) };
  return {
    ...written,
    monthlyReport,
    ...(records.spacesToReportCount > 0 ? { customerSpaces: { toReport: records.spacesToReportCount, asOf: recordsAsOf } } : {}),
  };
}

// --- jobs, kept in memory by id ---

const jobs = new Map<string, ExportProgress>();
const MAX_JOBS = 20;

export function startExportJob(store: Store, opts: ExportOptions): string {
  const jobId = randomUUID();
  jobs.set(jobId, { phase: 'write', done: 0, total: 0 });
  while (jobs.size > MAX_JOBS) jobs.delete(jobs.keys().next().value!);
  const set = (p: ExportProgress) => jobs.set(jobId, p);
  exportFilingPackage(store, opts, set).then(
    (result) => set({ phase: 'done', done: result.verified, total: result.verified, result }),
    (err: unknown) => {
      const prev = jobs.get(jobId);
      const error =
        err instanceof PackageWriteError
          ? { message: err.message, ...(err.file ? { file: err.file } : {}) }
          : err instanceof ApiError
            ? { message: err.message }
            : { message: '生成备案材料时出现内部错误，未写入任何备案材料；请重试' };
      set({ phase: prev?.phase ?? 'write', done: prev?.done ?? 0, total: prev?.total ?? 0, ...(prev?.file ? { file: prev.file } : {}), error });
    },
  );
  return jobId;
}

export function exportJobProgress(jobId: string): ExportProgress {
  const p = jobs.get(jobId);
  if (!p) throw new ApiError('NOT_FOUND', '找不到这个导出任务（程序重启后任务记录会清空），请重新生成', 'jobId');
  return p;
}
