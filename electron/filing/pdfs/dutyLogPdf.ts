// 08 值班记录 of one month (第十三条（二）: 落实专人二十四小时值班制度): each planned 班次 with who actually was on duty,
// the 接班 / 交班 times and to whom, what happened (the linked 安全事件 named), and the ended 班次 with no 值班记录 marked
// 未记录; then 值班记录 outside the plan. In the package only when the unit chooses it (值班设置: 值班记录随备案材料).
import { cstToMinutes } from '../../../shared/dutyRoster';
import { DUTY_LOG_LABELS, type StoredDutyLog } from '../../../shared/records/dutyLog';
import type { RosterSlot } from '../../../shared/records/dutyRoster';
import { drawSignatureBoxes, drawTable, type PdfLayout } from '../../pdf';
import { MISSING_PERSON } from '../../services/dutyRosterService';
import type { FilingRecords } from '../records';
import { basis, monthTitle, newLayout, personById, section, weekday, type BuildOptions, type TextFields } from './common';

export const TITLE = '值班记录';
export const FILE_NAME = '08_值班记录.pdf';
export const NOT_LOGGED = '未记录';
export const NOT_DUE = '未到交班时间';

export const applies = (records: FilingRecords): boolean => records.dutyRoster.settings?.logInPackage === true;

const overlaps = (e: StoredDutyLog, s: RosterSlot) => cstToMinutes(e.start) < cstToMinutes(s.end) && cstToMinutes(e.end) > cstToMinutes(s.start);
const refersTo = (e: StoredDutyLog, s: RosterSlot) => e.slotDate === s.date && e.slotShiftId === s.shiftId;

/** Each slot with the 值班记录 that name it or, naming no slot, overlap it; and the entries left over. */
export function matchLog(slots: readonly RosterSlot[], log: readonly StoredDutyLog[]): { bySlot: StoredDutyLog[][]; outside: StoredDutyLog[] } {
  const used = new Set<string>();
  const bySlot = slots.map((s) => {
    const mine = log.filter((e) => refersTo(e, s) || (e.slotDate === '' && overlaps(e, s)));
    for (const e of mine) used.add(e.id);
    return mine;
  });
  return { bySlot, outside: log.filter((e) => !used.has(e.id)) };
}

export function build(records: FilingRecords, opts: BuildOptions): PdfLayout {
  const roster = records.dutyRoster;
  if (roster.month !== opts.month) throw new Error(`值班记录月份不一致：读取的是 ${roster.month}，要生成的是 ${opts.month}`);
  const title = `${TITLE}（${monthTitle(roster.month)}）`;
  const doc = newLayout(records, opts, title, 'landscape');
  const people = personById(records);
  const name = (id: string) => (id === '' ? '—' : (people.get(id)?.name ?? MISSING_PERSON));
  const incidents = roster.incidentTitles ?? {};
  const log = [...(roster.log ?? [])].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const checkedAt = roster.checkedAt ?? '9999-12-31 23:59';
  const slots = roster.slots;
  const { bySlot, outside } = matchLog(slots, log);
  const happened = (e: StoredDutyLog) =>
    [e.notes.trim(), ...e.incidentIds.map((id) => `关联安全事件：${incidents[id] ?? '（已删除的安全事件）'}`)].filter(Boolean).join('\n') || '—';
  const entryCells = (e: StoredDutyLog) => [name(e.personId), e.start, e.end, e.handoverTo === '' ? '—' : name(e.handoverTo), happened(e)];

  doc.heading(title);
  doc.paragraph(`${basis('第十三条（二）')}：落实专人二十四小时值班制度。值班表是计划，本记录是实际值班情况；时间均为北京时间。`, { size: 10 });
  const logged = bySlot.filter((e) => e.length > 0).length;
  const missing = slots.filter((s, i) => s.end <= checkedAt && bySlot[i]!.length === 0).length;
  const notDue = slots.length - logged - missing;
  doc.paragraph(
    `本月排班 ${slots.length} 个班次：有值班记录 ${logged} 个，${NOT_LOGGED} ${missing} 个${notDue > 0 ? `，截至 ${checkedAt} ${NOT_DUE} ${notDue} 个` : ''}；本月值班记录 ${log.length} 条。`,
    { size: 10, after: 4 },
  );

  section(doc, `一、${monthTitle(roster.month)}各班次的实际值班情况`);
  if (slots.length === 0) doc.paragraph('本月尚未生成排班。', { size: 10 });
  else {
    const rows: string[][] = [];
    const red = new Set<number>();
    slots.forEach((s, i) => {
      const head = [`${s.date.slice(5)}（${weekday(s.date)}）`, `${s.shiftName}\n${s.start.slice(11)}–${s.end.slice(11)}`, s.personId === '' ? '（空缺）' : name(s.personId)];
      const entries = bySlot[i]!;
      if (entries.length === 0) {
        const over = s.end <= checkedAt;
        if (over) red.add(rows.length);
        rows.push([...head, '—', '—', '—', '—', over ? NOT_LOGGED : NOT_DUE]);
      } else for (const e of entries) rows.push([...head, ...entryCells(e)]);
    });
    drawTable(doc, {
      columns: [
        { title: '日期', width: 1.5 },
        { title: '班次', width: 1.3 },
        { title: '排班人员', width: 1.4 },
        { title: DUTY_LOG_LABELS.personId, width: 1.5 },
        { title: DUTY_LOG_LABELS.start, width: 2 },
        { title: DUTY_LOG_LABELS.end, width: 2 },
        { title: DUTY_LOG_LABELS.handoverTo, width: 1.4 },
        { title: `${DUTY_LOG_LABELS.notes}\n（${DUTY_LOG_LABELS.incidentIds}）`, width: 5.4 },
      ],
      rows,
      size: 8.5,
      padding: 3,
      red: (row, column) => column === 7 && red.has(row),
      repeatOnContinue: [0, 1],
    });
    doc.paragraph(`注：“${NOT_LOGGED}”为已结束但没有值班记录的班次；“${NOT_DUE}”为制表时尚未结束的班次。`, { size: 9 });
  }

  if (outside.length > 0) {
    section(doc, '二、排班以外的值班记录');
    drawTable(doc, {
      columns: [
        { title: DUTY_LOG_LABELS.personId, width: 1.5 },
        { title: DUTY_LOG_LABELS.start, width: 2 },
        { title: DUTY_LOG_LABELS.end, width: 2 },
        { title: DUTY_LOG_LABELS.handoverTo, width: 1.4 },
        { title: `${DUTY_LOG_LABELS.notes}（${DUTY_LOG_LABELS.incidentIds}）`, width: 9.6 },
      ],
      rows: outside.map(entryCells),
      size: 8.5,
      padding: 3,
    });
  }
  doc.space(10);
  drawSignatureBoxes(doc, [{ label: '值班负责人（签字）' }, { label: '单位（盖章）' }]);
  return doc;
}

export function textFields(records: FilingRecords, out: TextFields): void {
  for (const e of records.dutyRoster.log ?? []) out.add(`值班记录 ${e.start}`, DUTY_LOG_LABELS.notes, e.notes);
  for (const [id, t] of Object.entries(records.dutyRoster.incidentTitles ?? {})) out.add(`安全事件 ${id.slice(0, 8)}`, '事件名称', t);
}
