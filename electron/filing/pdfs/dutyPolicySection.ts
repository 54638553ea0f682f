// 03's 值班制度 (第十三条（二）: 落实专人二十四小时值班制度，并将值班制度报公安机关) and the people on duty with
// their 手机号码: the text as the unit keeps it, each of its lines a paragraph wrapped to the page and running
// onto the next page when long.
import { DUTY_POLICY_LABELS } from '../../../shared/records/dutyPolicy';
import { PERSON_LABELS } from '../../../shared/records/person';
import { drawTable, type PdfLayout } from '../../pdf';
import { MISSING_PERSON } from '../../services/dutyRosterService';
import type { FilingRecords } from '../records';
import { personById, section } from './common';

/** Who is on duty this month: the rotation first, then anyone else a slot names (after 调班), each once. */
export function dutyPeopleIds(records: FilingRecords): string[] {
  const ids = [...(records.dutyRoster.settings?.rotation ?? []), ...records.dutyRoster.slots.map((s) => s.personId)];
  return [...new Set(ids.filter((id) => id !== ''))];
}

export function drawDutyPeople(doc: PdfLayout, records: FilingRecords): void {
  const ids = dutyPeopleIds(records);
  if (ids.length === 0) {
    doc.paragraph('尚未选择值班人员。', { size: 10 });
    return;
  }
  const people = personById(records);
  const shifts = (id: string) => records.dutyRoster.slots.filter((s) => s.personId === id).length;
  drawTable(doc, {
    columns: [
      { title: '值班人员', width: 2.5 },
      { title: PERSON_LABELS.mobile, width: 3 },
      { title: PERSON_LABELS.title, width: 2.5 },
      { title: '本月班次', width: 1.5 },
    ],
    rows: ids.map((id) => {
      const p = people.get(id);
      return [p?.name ?? MISSING_PERSON, p ? p.mobile || '未填写' : '—', p?.title || '—', `${shifts(id)} 个`];
    }),
    size: 10,
  });
}

export function drawDutyPolicy(doc: PdfLayout, records: FilingRecords, heading: string): void {
  section(doc, heading, '第十三条（二）：并将值班制度报公安机关');
  const text = records.dutyPolicy?.text.trim() ?? '';
  if (text === '') {
    doc.paragraph(`注意：尚未填写${DUTY_POLICY_LABELS.text}。`, { size: 10 });
    return;
  }
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') doc.space(4);
    else doc.paragraph(line.trim(), { size: 10.5, after: 3 });
  }
}
