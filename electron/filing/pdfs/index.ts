// The filing PDFs: 01 单位备案登记表, 02 信息网络安全小组成员名单, 03 值班表 (one month), 04 服务器登记表
// (issue 5); 05 客户空间登记表 (when there are spaces), 06 月度变更报告, 07 安全事件登记表 (when there are
// incidents of the period) — and every text that goes into them, by record and field, so characters no font has are
// reported before export (findMissingCharacters), never dropped in silence.
import { renderLayout, type PdfLayout, type TextField } from '../../pdf';
import type { FilingRecords } from '../records';
import { TextFields, type BuildOptions } from './common';
import * as customerSpaceRegister from './customerSpaceRegister';
import * as dutyRosterPdf from './dutyRosterPdf';
import * as dutyLogPdf from './dutyLogPdf';
import * as incidentRegister from './incidentRegister';
import * as monthlyChangeReport from './monthlyChangeReport';
import * as securityGroupRoster from './securityGroupRoster';
import * as serverRegister from './serverRegister';
import * as unitRegistration from './unitRegistration';

interface Form {
  FILE_NAME: string;
  build(records: FilingRecords, opts: BuildOptions): PdfLayout;
  textFields(records: FilingRecords, out: TextFields): void;
  /** Whether the form goes into this package (05 and 07 are left out when they would be empty). */
  applies?(records: FilingRecords): boolean;
}

export const FORMS: readonly Form[] = [
  unitRegistration,
  securityGroupRoster,
  dutyRosterPdf,
  serverRegister,
  customerSpaceRegister,
  monthlyChangeReport,
  incidentRegister,
  dutyLogPdf,
];

const formsFor = (records: FilingRecords) => FORMS.filter((f) => f.applies?.(records) ?? true);

export interface FilingPdf {
  /** 01_单位备案登记表.pdf … 07_安全事件登记表.pdf */
  fileName: string;
  bytes: Uint8Array;
  pages: number;
}

/**
 * Lays out and renders the PDFs that apply, one after another (each subsets the fonts to its own characters).
 * `month` must be the month records.dutyRoster was loaded for (loadFilingRecords(store, { month })).
 */
export async function buildFilingPdfs(records: FilingRecords, opts: { month: string; generatedAt: Date }): Promise<FilingPdf[]> {
  const out: FilingPdf[] = [];
  for (const form of formsFor(records)) {
    const layout = form.build(records, opts);
    // "02_信息网络安全小组成员名单.pdf" → "02 信息网络安全小组成员名单" in every footer.
    layout.options.footerName = form.FILE_NAME.replace(/\.pdf$/, '').replace('_', ' ');
    const { bytes } = await renderLayout(layout);
    out.push({ fileName: form.FILE_NAME, bytes, pages: layout.pages.length });
  }
  return out;
}

/** Every text of the records that goes into a PDF: record ('单位', '人员 #3', '服务器 A-001' …), field label, text. */
export function filingTextFields(records: FilingRecords): TextField[] {
  const out = new TextFields();
  for (const form of formsFor(records)) form.textFields(records, out);
  const seen = new Set<string>();
  return out.list.filter((f) => {
    const key = `${f.record}\u0000${f.field}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
