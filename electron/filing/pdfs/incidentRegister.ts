// 07 安全事件登记表 (第十三条（五）: 安全事件、事故和案件上报制度): every incident of the report period (事件,
// 事故 and 案件) and any not yet reported to the police, with the 涉及服务器, what was done and when and to whom
// they were reported. A row running onto the next page repeats its 发生时间 / 类别 with （续）.
import { INCIDENT_LABELS as L } from '../../../shared/records/incident';
import { CODE_BREAKS, drawSignatureBoxes, drawTable, type PdfLayout } from '../../pdf';
import type { FilingRecords } from '../records';
import { basis, monthTitle, newLayout, orDash, section, TextFields, type BuildOptions } from './common';
import { periodText } from './monthlyChangeReport';

export const TITLE = '安全事件登记表';
export const FILE_NAME = '07_安全事件登记表.pdf';

export const applies = (records: FilingRecords) => records.incidents.length > 0;

export function build(records: FilingRecords, opts: BuildOptions): PdfLayout {
  const doc = newLayout(records, opts, TITLE);
  const r = records.changeReport;
  doc.heading(TITLE);
  doc.paragraph(`${basis('第十三条（五）')}：建立安全事件、事故和案件上报制度。`, { size: 10 });
  doc.paragraph(`报告月份：${monthTitle(r.month)}　　报告期间：${periodText(r)}（另列尚未报告公安机关的事件）`, { size: 10.5 });
  section(doc, '事件清单');
  drawTable(doc, {
    columns: [
      { title: L.occurredAt, width: 2 },
      { title: L.kind, width: 1.6 },
      { title: L.serverId, width: 2 },
      { title: L.title, width: 2 },
      { title: L.description, width: 3 },
      { title: L.measures, width: 2.6 },
      { title: L.reportedAt, width: 2 },
      { title: L.reportedTo, width: 2.2 },
    ],
    rows: records.incidents.map((i) => [
      i.occurredAt,
      i.kind,
      i.serverId ? (records.serverLabels.get(i.serverId) ?? '（已删除的服务器）') : '—',
      i.title,
      i.description,
      orDash(i.measures),
      i.reportedAt || '未报告',
      orDash(i.reportedTo),
    ]),
    size: 8,
    padding: 3,
    repeatOnContinue: [0, 1],
    breakAfter: CODE_BREAKS,
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
