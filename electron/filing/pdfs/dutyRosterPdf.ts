// 03 值班表 of one month (第十三条（二）: 落实专人二十四小时值班制度，并将值班制度报公安机关): the 值班电话, the
// 班次, the people on duty with their 手机号码, the 值班制度 text, a table day × 班次 with who is on duty (after every 调班), and the coverage check exactly as the 值班表
// screen words it (全时段已覆盖（24×7） or each 未覆盖时段 / 重复排班 line); 安全员签字 / 单位盖章.
import { AVERAGING_PERIOD_LABELS, AVERAGING_SOURCE, datesInRange, PERIOD_STANDARD_HOURS } from '../../../shared/dutyRoster';
import { DUTY_ROSTER_LABELS } from '../../../shared/records/dutyRoster';
import { drawSignatureBoxes, drawTable, type Column, type PdfLayout } from '../../pdf';
import { MISSING_PERSON } from '../../services/dutyRosterService';
import type { FilingRecords } from '../records';
import { drawDutyPeople, drawDutyPolicy } from './dutyPolicySection';
import { DUTY_POLICY_LABELS } from '../../../shared/records/dutyPolicy';
import { basis, monthTitle, newLayout, orDash, personById, section, TextFields, weekday, type BuildOptions } from './common';

export const TITLE = '值班表';
export const FILE_NAME = '03_值班表.pdf';

/**
 * The month's 班次 as the day runs (the one starting 00:00 first, as the 值班表 screen lists a day's slots): the
 * settings' shifts, then any the month's slots still carry (e.g. a shift since removed), ordered by start time.
 */
export function shiftColumns(records: FilingRecords): { id: string; name: string; time: string; start: string }[] {
  const roster = records.dutyRoster;
  const cols = (roster.settings?.shifts ?? []).map((s) => ({ id: s.id, name: s.name, start: s.start, time: `${s.start}–${s.end === '00:00' ? '24:00' : s.end}` }));
  for (const slot of roster.slots) {
    if (!cols.some((c) => c.id === slot.shiftId)) {
      cols.push({ id: slot.shiftId, name: slot.shiftName, start: slot.start.slice(11), time: `${slot.start.slice(11)}–${slot.end.slice(11)}` });
    }
  }
  // A stable sort: shifts starting at the same minute keep the settings' order.
  return cols.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

export function build(records: FilingRecords, opts: BuildOptions): PdfLayout {
  const roster = records.dutyRoster;
  if (roster.month !== opts.month) throw new Error(`值班表月份不一致：读取的是 ${roster.month}，要生成的是 ${opts.month}`);
  const title = `${TITLE}（${monthTitle(roster.month)}）`;
  const doc = newLayout(records, opts, title);
  const people = personById(records);
  doc.heading(title);
  doc.paragraph(`${basis('第十三条（二）')}：落实专人二十四小时值班制度，并将值班制度报公安机关。`, { size: 10 });

  section(doc, '一、值班电话、班次和值班人员', '第十三条（二）');
  doc.paragraph(`${DUTY_ROSTER_LABELS.dutyPhone}：${orDash(roster.settings?.dutyPhone)}`, { size: 11 });
  const shifts = shiftColumns(records);
  if (shifts.length === 0) doc.paragraph('尚未设置班次。', { size: 10 });
  else
    drawTable(doc, {
      columns: [
        { title: DUTY_ROSTER_LABELS.shiftName, width: 3 },
        { title: '时间', width: 3 },
      ],
      rows: shifts.map((s) => [s.name, s.time]),
      size: 10,
    });
  doc.space(6);
  drawDutyPeople(doc, records);

  section(doc, `二、${monthTitle(roster.month)}排班`, '第十三条（二）');
  if (roster.slots.length === 0) doc.paragraph('本月尚未生成排班。', { size: 10 });
  else {
    const cell = new Map<string, string[]>();
    for (const s of roster.slots) {
      const name = s.personId === '' ? '（空缺）' : (people.get(s.personId)?.name ?? MISSING_PERSON);
      const changed = s.personId !== '' && s.overrideIds.length > 0 && s.personId !== s.generatedPersonId;
      const key = `${s.date}|${s.shiftId}`;
      cell.set(key, [...(cell.get(key) ?? []), changed ? `${name}（调）` : name]);
    }
    const columns: Column[] = [
      { title: '日期', width: 2.2 },
      { title: '星期', width: 1 },
      ...shifts.map((s) => ({ title: `${s.name}\n${s.time}`, width: Math.max(2, 8 / shifts.length) })),
    ];
    drawTable(doc, {
      columns,
      rows: datesInRange(roster.from, roster.to).map((d) => [d.slice(5), weekday(d), ...shifts.map((s) => cell.get(`${d}|${s.id}`)?.join('、') ?? '—')]),
      size: shifts.length > 4 ? 8 : 9,
      padding: 3,
    });
    doc.paragraph('注：姓名后标“（调）”的班次经过调班、替班或请假调整；“（空缺）”为请假后无人顶班。', { size: 9 });
  }

  section(doc, '三、覆盖检查', '第十三条（二）：二十四小时值班');
  doc.paragraph(`检查时段：${roster.from} 00:00 至 ${roster.to} 24:00（北京时间，含已过去的日子；已过去的排班空缺以值班记录为准）`, { size: 10, after: 2 });
  for (const line of roster.lines) doc.paragraph(line, { size: 10, indent: 12, after: 2 });
  for (const problem of roster.problems) doc.paragraph(`注意：${problem}`, { size: 10, indent: 12, after: 2 });
  drawWorkTime(doc, records);
  drawDutyPolicy(doc, records, records.dutyRoster.workTime?.balance.length ? '五、值班制度' : '四、值班制度');
  doc.space(10);
  drawSignatureBoxes(doc, [{ label: '安全员（签字）' }, { label: '单位（盖章）' }]);
  return doc;
}

/** 四、工时统计: the second table of 03, per person, with the working-time reminders (reminders only). */
export function drawWorkTime(doc: PdfLayout, records: FilingRecords): void {
  const w = records.dutyRoster.workTime;
  if (!w || w.balance.length === 0) return;
  const people = personById(records);
  const name = (id: string) => people.get(id)?.name ?? MISSING_PERSON;
  section(doc, '四、工时统计');
  const averaging = records.dutyRoster.settings?.averagingPeriod ?? null;
  doc.paragraph(
    averaging
      ? `按经批准的综合计算工时工作制（以${AVERAGING_PERIOD_LABELS[averaging]}为周期，周期标准 ${PERIOD_STANDARD_HOURS[averaging]} 小时）核算，参照${AVERAGING_SOURCE}、《劳动法》第三十八条和第四十一条（提醒，不影响备案）。`
      : '参照国务院《关于职工工作时间的规定》第三条、《劳动法》第三十八条和第四十一条（提醒，不影响备案）。',
    { size: 9, after: 2 },
  );
  drawTable(doc, {
    columns: [
      { title: '值班人员', width: 2.4 },
      { title: '班次数', width: 1.2 },
      { title: '工时（小时）', width: 1.6 },
      { title: '夜间工时\n（22:00–06:00）', width: 2 },
      { title: '休息日', width: 1.2 },
      { title: '周末班次', width: 1.4 },
    ],
    rows: w.balance.map((b) => [name(b.personId), String(b.shifts), String(b.hours), String(b.nightHours), String(b.restDays), String(b.weekendShifts)]),
    size: 9,
    padding: 3,
  });
  const reminders = [...(w.teamSize ? [w.teamSize] : []), ...w.reminders.map((r) => `${name(r.personId)} ${r.text}（${r.source}）`)];
  for (const r of reminders) doc.paragraph(`提醒：${r}`, { size: 9, indent: 12, after: 2 });
}

export function textFields(records: FilingRecords, out: TextFields): void {
  out.add('值班制度', DUTY_POLICY_LABELS.text, records.dutyPolicy?.text);
  const s = records.dutyRoster.settings;
  if (!s) return;
  out.add('值班表', DUTY_ROSTER_LABELS.dutyPhone, s.dutyPhone);
  s.shifts.forEach((shift, i) => out.add('值班表', `第${i + 1}个班次 ${DUTY_ROSTER_LABELS.shiftName}`, shift.name));
}
