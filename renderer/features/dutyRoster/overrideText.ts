import type { DutyRosterView, StoredOverride } from '../../../shared/records/dutyRoster';
import { OVERRIDE_KIND_LABELS } from '../../../shared/records/dutyRoster';
import type { PeopleIndex } from './people';

/** 班次名称 of a slot of the month, else of the settings, else its id. */
export function shiftNamer(view: DutyRosterView): (date: string, shiftId: string) => string {
  const bySlot = new Map(view.slots.map((s) => [`${s.date}|${s.shiftId}`, s.shiftName]));
  const byId = new Map((view.settings?.shifts ?? []).map((s) => [s.id, s.name]));
  return (date, shiftId) => bySlot.get(`${date}|${shiftId}`) ?? byId.get(shiftId) ?? shiftId;
}

/** One 调班 in words: "2026-12-05 早班 ↔ 2026-12-06 中班", "2026-12-07 早班 改由 林值班 值班", "陈值班 2026-12-05 请假，由 林值班 替班". */
export function describeOverride(o: StoredOverride, shiftName: (date: string, shiftId: string) => string, people: PeopleIndex): string {
  if (o.kind === 'swap') return `${o.a.date} ${shiftName(o.a.date, o.a.shiftId)} ↔ ${o.b.date} ${shiftName(o.b.date, o.b.shiftId)}`;
  if (o.kind === 'replace') return `${o.date} ${shiftName(o.date, o.shiftId)} 改由 ${people.name(o.personId)} 值班`;
  return `${people.name(o.personId)} ${o.date} 请假，${o.coveredBy ? `由 ${people.name(o.coveredBy)} 替班` : '暂无人替班'}`;
}

export const overrideKindLabel = (o: StoredOverride): string => OVERRIDE_KIND_LABELS[o.kind];
