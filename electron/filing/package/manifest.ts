// manifest.json: what the package is, for whom, what it holds. The writer adds each file's SHA-256.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { appRoot } from '../../appRoot';
import { beijingDay, beijingIso } from '../../../shared/clock/beijingTime';
import { FILING_MANIFEST_FORMAT, filingManifestBodySchema, type FilingManifestBody, type ManifestFinding } from '../../../shared/filing/manifest';

export function appVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(appRoot(), 'package.json'), 'utf8')) as { version?: unknown };
    if (typeof pkg.version === 'string') return pkg.version;
  } catch {
    // fall through
  }
  return '0.0.0';
}

/** 'YYYYMMDD' and an ISO time with +08:00, both in Beijing time (shared/clock). */
export function cstStamp(at: Date): { day: string; iso: string } {
  return { day: beijingDay(at).replace(/-/g, ''), iso: beijingIso(at) };
}

/** 备案材料_<统一社会信用代码>_<YYYYMMDD> (the day in China Standard Time). */
export function packageFolderName(creditCode: string | undefined, at: Date): string {
  const code = (creditCode ?? '').trim().toUpperCase().replace(/[^0-9A-Z]/g, '');
  return `备案材料_${code || '未填统一社会信用代码'}_${cstStamp(at).day}`;
}

export interface ManifestInput {
  unit: { name: string; creditCode: string };
  generatedAt: Date;
  /** The month of the 值班表, YYYY-MM. */
  month: string;
  /** The month of the 月度变更报告 (06), YYYY-MM. */
  reportMonth?: string;
  /** The period 06 covers (YYYY-MM-DD, Beijing time). */
  reportPeriod?: { month: string; from: string; to: string };
  counts: Record<string, number>;
  /** Each file's path, what it is (e.g. '01_单位备案登记表.pdf' → '单位备案登记表'), the articles it serves, a PDF's pages. */
  contents: { path: string; title: string; articles?: string[]; pages?: number }[];
  completeness: { blocking: number; warnings: number; forced: boolean; reminders?: ManifestFinding[]; forcedOverrides?: ManifestFinding[] };
  /** 00_材料清单.pdf, when the package has one. */
  materialsList?: string;
  /**
   * The newest 游戏日志 seal (第七条): with its hash on the police's copy, deleting or rewriting that seal later
   * shows (the chain itself only protects the seals before the newest).
   */
  logSeals?: { count: number; newest: { seq: number; sealedAt: string; hash: string } };
}

export function buildManifest(input: ManifestInput): FilingManifestBody {
  return filingManifestBodySchema.parse({
    format: FILING_MANIFEST_FORMAT,
    formatVersion: 1,
    title: '服务器托管单位备案材料',
    regulation: '厦门市服务器托管行业安全管理规定',
    unit: input.unit,
    generatedAt: cstStamp(input.generatedAt).iso,
    dutyRosterMonth: input.month,
    ...(input.reportMonth ? { reportMonth: input.reportMonth } : {}),
    ...(input.reportPeriod ? { reportPeriod: input.reportPeriod } : {}),
    app: { name: '备案台 Beian Desk', version: appVersion() },
    counts: input.counts,
    contents: input.contents,
    completeness: input.completeness,
    ...(input.materialsList
      ? { materialsList: { path: input.materialsList, note: `${input.materialsList} 不能包含自身的 SHA-256，它记在本文件的 files 中和 SHA256SUMS.txt 中` } }
      : {}),
    ...(input.logSeals ? { logSeals: { ...input.logSeals, newest: { ...input.logSeals.newest, sealedAt: beijingIso(input.logSeals.newest.sealedAt) } } } : {}),
    verify: '在本文件夹内运行 sha256sum -c SHA256SUMS.txt（Windows: certutil -hashfile 文件 SHA256）',
  });
}
