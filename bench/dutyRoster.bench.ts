// 值班表 覆盖检查 (第十三条（二）): generate a rotation, apply overrides, check coverage.
// One year of 3 × 8 with 6 people (target: under 20 ms for generate + check) and ten years.
// Env: BENCH_RUNS (default 50).
import {
  applyOverrides,
  checkCoverage,
  formatGap,
  formatLongStretch,
  formatOverlap,
  formatShortRest,
  generatePatternSlots,
  generateSlots,
  hoursBalance,
  PATTERN_TEMPLATES,
  indexWork,
  slotsToAssignments,
  templateShifts,
  remindersUnder,
} from '../shared/dutyRoster';
import type { AveragingPeriod, DutyOverride, ShiftDef } from '../shared/dutyRoster';

const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const TARGET_MS = 20;
const SIX = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'];

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

const nextMonth = (m: string) => {
  const y = Number(m.slice(0, 4));
  const mo = Number(m.slice(5, 7));
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
};

/** 轮班模式 六人三班 (早→中→夜→休→休→休): people move through the shifts and rest days. */
const SIX_CYCLE = PATTERN_TEMPLATES.find((t) => t.key === '6p-3x8')!.cycle;

function once(from: string, to: string, endCst: string, shifts: ShiftDef[], overrides: DutyOverride[], cycle?: readonly string[], averaging: AveragingPeriod | null = null) {
  const base = { from, to, shifts, rotation: SIX, rotationStart: from };
  const slots = cycle ? generatePatternSlots({ ...base, cycle }) : generateSlots(base);
  const applied = applyOverrides(slots, overrides);
  const assignments = slotsToAssignments(applied.slots, shifts, { people: SIX });
  const result = checkCoverage({ from: `${from} 00:00`, to: endCst, assignments });
  // The working-time rules (工时统计 and the reminders) of every month in the range.
  let reminders = 0;
  const work = indexWork(assignments);
  for (let m = from.slice(0, 7); m <= to.slice(0, 7); m = nextMonth(m)) {
    hoursBalance(work, m, SIX);
    reminders += remindersUnder(work, m, SIX, averaging).length;
  }
  return { slots: slots.length, result, reminders };
}

function measure(
  label: string,
  from: string,
  to: string,
  endCst: string,
  overrides: DutyOverride[],
  target?: number,
  cycle?: readonly string[],
  averaging: AveragingPeriod | null = null,
) {
  const shifts = templateShifts('3x8');
  for (let i = 0; i < 5; i++) once(from, to, endCst, shifts, overrides, cycle, averaging); // warm-up
  const times: number[] = [];
  let last = once(from, to, endCst, shifts, overrides, cycle, averaging);
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    last = once(from, to, endCst, shifts, overrides, cycle, averaging);
    times.push(performance.now() - t);
  }
  const med = pct(times, 50);
  const p95 = pct(times, 95);
  const verdict = target === undefined ? '' : `  ${p95 < target ? 'PASS' : 'MISS'} (target p95 < ${target} ms)`;
  console.log(
    `  ${label.padEnd(34)} ${String(last.slots).padStart(6)} slots, ${String(overrides.length).padStart(3)} overrides: median ${med.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms${verdict}` +
      `  [gaps ${last.result.gaps.length}, overlaps ${last.result.overlaps.length}, work-time reminders ${last.reminders}]`,
  );
  return target === undefined || p95 < target;
}

/** A swap and a leave every week: realistic hand edits over the whole range. */
function weeklyEdits(from: string, days: number): DutyOverride[] {
  const out: DutyOverride[] = [];
  const d0 = Date.UTC(Number(from.slice(0, 4)), Number(from.slice(5, 7)) - 1, Number(from.slice(8, 10)));
  const date = (n: number) => new Date(d0 + n * 86_400_000).toISOString().slice(0, 10);
  for (let n = 3; n + 1 < days; n += 7) {
    out.push({ id: `s${n}`, kind: 'swap', a: { date: date(n), shiftId: 'early' }, b: { date: date(n + 1), shiftId: 'early' } });
    out.push({ id: `l${n}`, kind: 'leave', date: date(n + 1), personId: SIX[n % 6]!, coveredBy: SIX[(n + 3) % 6]! });
  }
  return out;
}

function main() {
  console.log(`dutyRoster: generate + overrides + checkCoverage + 工时统计/reminders per month, 3 × 8, 6 people, ${RUNS} runs each (node ${process.version})`);
  let ok = true;
  ok = measure('1 year (2027), no edits', '2027-01-01', '2027-12-31', '2028-01-01 00:00', [], TARGET_MS) && ok;
  ok = measure('1 year (2027), weekly swap + leave', '2027-01-01', '2027-12-31', '2028-01-01 00:00', weeklyEdits('2027-01-01', 365), TARGET_MS) && ok;
  ok = measure('1 leap year (2028)', '2028-01-01', '2028-12-31', '2029-01-01 00:00', [], TARGET_MS) && ok;
  ok = measure('1 year, 轮班模式 六人三班', '2027-01-01', '2027-12-31', '2028-01-01 00:00', [], TARGET_MS, SIX_CYCLE) && ok;
  ok = measure('1 year, 轮班模式 + weekly swap + leave', '2027-01-01', '2027-12-31', '2028-01-01 00:00', weeklyEdits('2027-01-01', 365), TARGET_MS, SIX_CYCLE) && ok;
  // 综合计算工时工作制: every month judges its averaging period(s) whole (a quarter or a year read 12 times over).
  ok = measure('1 year, 综合计算工时（周）', '2027-01-01', '2027-12-31', '2028-01-01 00:00', weeklyEdits('2027-01-01', 365), TARGET_MS, SIX_CYCLE, 'week') && ok;
  ok = measure('1 year, 综合计算工时（季）', '2027-01-01', '2027-12-31', '2028-01-01 00:00', weeklyEdits('2027-01-01', 365), TARGET_MS, SIX_CYCLE, 'quarter') && ok;
  ok = measure('1 year, 综合计算工时（年）', '2027-01-01', '2027-12-31', '2028-01-01 00:00', weeklyEdits('2027-01-01', 365), TARGET_MS, SIX_CYCLE, 'year') && ok;
  measure('10 years (2027–2036)', '2027-01-01', '2036-12-31', '2037-01-01 00:00', []);
  measure('10 years, weekly swap + leave', '2027-01-01', '2036-12-31', '2037-01-01 00:00', weeklyEdits('2027-01-01', 3653));

  // A roster with holes and double bookings, as the screen would list them.
  const names: Record<string, string> = { p1: '张三', p2: '李四', p3: '王五', p4: '赵六', p5: '钱七', p6: '孙八', gone: '周九' };
  const shifts: ShiftDef[] = [
    { id: 'early', name: '早班', start: '08:00', end: '16:00' },
    { id: 'middle', name: '中班', start: '16:00', end: '23:59' }, // one minute short
    { id: 'night', name: '夜班', start: '00:00', end: '08:00' },
  ];
  const slots = generateSlots({ from: '2026-12-01', to: '2026-12-07', shifts, rotation: SIX.slice(0, 4), rotationStart: '2026-12-01' });
  const { slots: applied, unapplied } = applyOverrides(slots, [
    { id: 'a', kind: 'replace', date: '2026-12-05', shiftId: 'night', personId: 'gone' }, // left the 值班人员 list
    { id: 'b', kind: 'swap', a: { date: '2026-12-03', shiftId: 'early' }, b: { date: '2026-12-03', shiftId: 'middle' } },
    { id: 'c', kind: 'leave', date: '2026-12-06', personId: 'p2', coveredBy: 'p1' },
    { id: 'd', kind: 'replace', date: '2026-12-09', shiftId: 'early', personId: 'p1' }, // outside the range
  ], { shiftName: (id) => shifts.find((s) => s.id === id)?.name ?? id });
  const assignments = slotsToAssignments(applied, shifts, { people: SIX });
  // 12-02 中班's holder also booked 14:00–20:00 on an extra duty that day: a double booking
  const middle = assignments.find((a) => a.date === '2026-12-02' && a.shiftId === 'middle')!;
  assignments.push({ personId: middle.personId, start: middle.start - 120, end: middle.start + 240 });
  const r = checkCoverage({ from: '2026-12-01 00:00', to: '2026-12-08 00:00', assignments });
  console.log('\n  sample week 2026-12-01 … 12-07 (中班 ends 23:59, a slot held by someone who left, a leave, a double booking, an override outside the range):');
  console.log(`    covered: ${r.covered}`);
  for (const g of r.gaps) console.log(`    ${formatGap(g)}`);
  for (const o of r.overlaps) console.log(`    ${formatOverlap(o, names[o.personId]!)}`);
  for (const s of r.longStretches) console.log(`    ${formatLongStretch(s, names[s.personId]!)}`);
  for (const s of r.shortRests) console.log(`    ${formatShortRest(s, names[s.personId]!)}`);
  for (const u of unapplied) console.log(`    未应用的调班 ${u.override.id}: ${u.reason}`);

  if (!ok) {
    console.error(`\n  MISS: one year took longer than ${TARGET_MS} ms at p95`);
    process.exit(1);
  }
}

main();
