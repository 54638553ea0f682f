// 07 安全事件登记表 (第十三条（五）: 安全事件、事故和案件上报制度): the incidents of the report period and any
// not yet reported to the police, with what was done and when and to whom they were reported.
import { INCIDENT_LABELS as L } from '../../../shared/records/incident';
import { drawSignatureBoxes, drawTable, type PdfLayout } from '../../pdf';
import type { FilingRecords } from '../records';
import { basis, monthTitle, newLayout, orDash, section, TextFields, type BuildOptions } from './common';

export const TITLE = '安全事件登记表';
export const FILE_NAME = '07_安全事件登记表.pdf';

export const applies = (records: FilingRecords) => records.incidents.length > 0;

export function build(records: FilingRecords, opts: BuildOptions): PdfLayout {
  const doc = newLayout(records, opts, TITLE);
  const r = records.changeReport;
  doc.heading(TITLE);
  doc.paragraph(`${basis('第十三条（五）')}：建立安全事件、事故和案件上报制度。`, { size: 10 });
  doc.paragraph(`报告月份：${monthTitle(r.month)}　　报告期间：${r.periodStart} 至 ${r.periodEnd}（另列尚未报告公安机关的事件）`, { size: 10.5 });
  section(doc, '事件清单');
  drawTable(doc, {
    columns: [
      { title: L.occurredAt, width: 2 },
      { title: L.kind, width: 1 },
      { title: L.title, width: 2.4 },
      { title: L.description, width: 4 },
      { title: L.measures, width: 3.4 },
      { title: L.reportedAt, width: 2 },
      { title: L.reportedTo, width: 2.2 },
    ],
    rows: records.incidents.map((i) => [i.occurredAt, i.kind, i.title, i.description, orDash(i.measures), i.reportedAt || '未报告', orDash(i.reportedTo)]),
    size: 8,
    padding: 3,
  });
  doc.space(6);
  drawSignatureBoxes(doc, [{ label: '填表人（签字）' }, { label: '单位（盖章）' }]);
  return doc;
}

export function textFields(records: FilingRecords, out: TextFields): void {
  for (const i of records.incidents) {
    const rec = `安全事件 ${i.occurredAt}`;
    out.add(rec, L.title, i.title);
    out.add(rec, L.description, i.description);
    out.add(rec, L.measures, i.measures);
    out.add(rec, L.reportedTo, i.reportedTo);
  }
}
