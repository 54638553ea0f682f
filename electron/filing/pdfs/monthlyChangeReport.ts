// 06 月度变更报告 (第十三条（三）: 每月二十日前报送有变更的备案资料): what changed since the last report, per
// section a table 变更类型 / 对象 / 登记信息 for 新增 and 删除 (the record's main fields in one row) and a table
// 变更类型 / 对象 / 字段 / 原值 / 新值 for 修改 (one row per field). A section with very many items (100,000 imported spaces) lists the first
// MAX_PDF_ITEMS and names the .xlsx beside it, which has every one.
import { previewTitle, type ChangedItem, type MonthlyReport } from '../../../shared/reports/monthlyReport';
import { createLayout, drawSignatureBoxes, drawTable, type PdfLayout } from '../../pdf';
import type { FilingRecords } from '../records';
import { basis, monthTitle, section, TextFields, unitName, type BuildOptions } from './common';

export const TITLE = '月度变更报告';
export const FILE_NAME = '06_月度变更报告.pdf';
export const XLSX_NAME = '06_月度变更报告.xlsx';
/** Items per section and change type printed in the PDF; the rest are counted and left to the .xlsx. */
export const MAX_PDF_ITEMS = 500;

const fieldsText = (item: ChangedItem, side: 'oldValue' | 'newValue') => item.fields.map((f) => `${f.label}：${f[side]}`).join('；');

/** The table rows of one item: 新增 / 删除 in one row, 修改 and 退租 one row per changed field. */
export function itemRows(item: ChangedItem): string[][] {
  if (item.change === '新增') return [[item.change, item.label, '登记信息', '', fieldsText(item, 'newValue')]];
  if (item.change === '删除') return [[item.change, item.label, '登记信息', fieldsText(item, 'oldValue'), '']];
  return item.fields.map((f, i) => [i === 0 ? item.change : '', i === 0 ? item.label : '', f.label, f.oldValue || '（空）', f.newValue || '（空）']);
}

/** A unit's first report: no earlier report to continue from, so the package itself is the 首次备案. */
export const isFirstFiling = (report: MonthlyReport) => report.previous === null;

/** The items printed for a section and what is left to the .xlsx. */
export function printedItems(items: readonly ChangedItem[]): { shown: ChangedItem[]; omitted: number } {
  const shown: ChangedItem[] = [];
  const perChange = new Map<string, number>();
  let omitted = 0;
  for (const item of items) {
    const n = perChange.get(item.change) ?? 0;
    if (n >= MAX_PDF_ITEMS) omitted++;
    else shown.push(item);
    perChange.set(item.change, n + 1);
  }
  return { shown, omitted };
}

/** Exactly the audit range covered: up to the month's last day, or up to the preview's instant. */
export function periodText(report: MonthlyReport): string {
  if (report.asOf) return `${report.periodStart} 至 ${previewTitle(report.asOf).replace(/^截至 |（本月尚未结束）$/g, '')}`;
  return `${report.periodStart} 至 ${report.periodEnd}`;
}

export function buildReport(report: MonthlyReport, unit: string, generatedAt: Date): PdfLayout {
  const doc = createLayout({ unitName: unit, generatedAt, title: TITLE });
  doc.heading(TITLE);
  doc.paragraph(`${basis('第十三条（三）')}：IDC机房服务单位应当每月二十日前将有变更的备案资料报送公安机关。`, { size: 10 });
  if (report.asOf) doc.paragraph(previewTitle(report.asOf), { size: 12, after: 4 });
  doc.paragraph(`报告月份：${monthTitle(report.month)}　　报告期间：${periodText(report)}`, { size: 10.5, after: 2 });
  const first = isFirstFiling(report);
  const ended = report.sections.reduce((n, sec) => n + sec.items.filter((i) => i.change === '退租').length, 0);
  doc.paragraph(
    `本期变更：新增 ${report.counts.added} 项，修改 ${report.counts.changed} 项${ended > 0 ? `（其中退租 ${ended} 项）` : ''}，删除 ${report.counts.removed} 项。${
      report.previous ? `上次报送：${monthTitle(report.previous.month)}（${report.previous.reportedAt.slice(0, 10)}）。` : ''
    }`,
    { size: 10.5 },
  );
  if (first) {
    doc.paragraph('首次备案：本单位此前未报送过月度变更报告，备案资料以本次报送的 01–05 各表为准；下列为报告期间内登记的记录，没有记录的类别不再列出。', {
      size: 10.5,
    });
  }
  const listed = first ? report.sections.filter((s) => s.items.length > 0) : report.sections;
  listed.forEach((s, i) => {
    section(doc, `${'一二三四五六七八九十'[i] ?? String(i + 1)}、${s.title}`);
    if (s.items.length === 0) {
      doc.paragraph('本期无变更', { size: 10 });
      return;
    }
    const { shown, omitted } = printedItems(s.items);
    // New and removed records in one wide column (their fields as one text), changes field by field.
    const whole = shown.filter((i) => i.change === '新增' || i.change === '删除');
    const changed = shown.filter((i) => i.change === '修改' || i.change === '退租');
    if (whole.length > 0)
      drawTable(doc, {
        columns: [
          { title: '变更类型', width: 1.4 },
          { title: '对象', width: 3 },
          { title: '登记信息（新增为新值，删除为原值）', width: 10.4 },
        ],
        rows: whole.map((i) => [i.change, i.label, fieldsText(i, i.change === '新增' ? 'newValue' : 'oldValue')]),
        size: 8,
        padding: 3,
      });
    if (changed.length > 0)
      drawTable(doc, {
        columns: [
          { title: '变更类型', width: 1.4 },
          { title: '对象', width: 3 },
          { title: '字段', width: 2 },
          { title: '原值', width: 4.2 },
          { title: '新值', width: 4.2 },
        ],
        rows: changed.flatMap(itemRows),
        size: 8,
        padding: 3,
      });
    if (omitted > 0) doc.paragraph(`另有 ${omitted} 项，详见 ${XLSX_NAME}`, { size: 10 });
  });
  doc.space(6);
  drawSignatureBoxes(doc, [{ label: '填报人（签字）' }, { label: '单位负责人（签字）' }, { label: '单位（盖章）' }]);
  return doc;
}

/** The build of the package's form list (FilingRecords carries the report). */
export function build(records: FilingRecords, opts: BuildOptions): PdfLayout {
  return buildReport(records.changeReport, unitName(records), opts.generatedAt);
}

/** Every text the PDF prints, by item and field (only what is printed: the first MAX_PDF_ITEMS per section and type). */
export function reportTextFields(report: MonthlyReport, out: TextFields): void {
  for (const s of report.sections) {
    for (const item of printedItems(s.items).shown) {
      const rec = `${TITLE} ${item.label}`;
      for (const f of item.fields) {
        out.add(rec, f.label, f.oldValue);
        out.add(rec, f.label, f.newValue);
      }
      out.add(rec, '对象', item.label);
    }
  }
}

export function textFields(records: FilingRecords, out: TextFields): void {
  reportTextFields(records.changeReport, out);
}
