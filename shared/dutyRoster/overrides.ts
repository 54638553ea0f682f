/** 调班 override: swaps, replacements and leave, applied over generated slots in the order given. */
import type { DutySlot } from './generate';

export interface SlotRef {
  date: string;
  shiftId: string;
}

export type DutyOverride =
  | { id: string; kind: 'swap'; a: SlotRef; b: SlotRef }
  | { id: string; kind: 'replace'; date: string; shiftId: string; personId: string }
  | { id: string; kind: 'leave'; date: string; personId: string; coveredBy: string };

export type AppliedSlot = DutySlot & { overrideIds: string[] };

export interface ApplyResult {
  slots: AppliedSlot[];
  /** overrides that changed nothing, with the reason in Chinese (never thrown) */
  unapplied: { override: DutyOverride; reason: string }[];
}

export interface ApplyOptions {
  /** shift id → 班次名称, for the reasons; defaults to the id */
  shiftName?: (shiftId: string) => string;
  /** person id → 姓名, for the reasons; defaults to no name */
  personName?: (personId: string) => string;
}

const key = (date: string, shiftId: string) => `${date}\u0000${shiftId}`;

/**
 * Applies overrides in order over a copy of `slots`: a swap exchanges the people of two slots,
 * a replace sets one slot's person, a leave gives every slot its person holds on that date (at that
 * point of the sequence) to `coveredBy`. Overrides are keyed by date and shift, so they survive
 * regenerating the slots around them. Slots keep their order.
 */
export function applyOverrides(slots: readonly DutySlot[], overrides: readonly DutyOverride[], opts: ApplyOptions = {}): ApplyResult {
  const out: AppliedSlot[] = slots.map((s) => ({ date: s.date, shiftId: s.shiftId, personId: s.personId, overrideIds: [] }));
  const byKey = new Map<string, number>();
  const byDate = new Map<string, number[]>();
  out.forEach((s, i) => {
    const k = key(s.date, s.shiftId);
    if (!byKey.has(k)) byKey.set(k, i);
    const list = byDate.get(s.date);
    if (list) list.push(i);
    else byDate.set(s.date, [i]);
  });
  const shiftName = opts.shiftName ?? ((id: string) => id);
  const who = (id: string) => (opts.personName ? `${opts.personName(id)}` : '该人员');
  const slotText = (r: SlotRef) => `${r.date} ${shiftName(r.shiftId)}`;
  const unapplied: ApplyResult['unapplied'] = [];

  for (const o of overrides) {
    if (o.kind === 'swap') {
      const ia = byKey.get(key(o.a.date, o.a.shiftId));
      const ib = byKey.get(key(o.b.date, o.b.shiftId));
      if (ia === undefined || ib === undefined) {
        const missing = [ia === undefined ? slotText(o.a) : null, ib === undefined ? slotText(o.b) : null].filter(Boolean);
        unapplied.push({ override: o, reason: `调班的班次不在值班表中：${missing.join('、')}` });
        continue;
      }
      if (ia === ib) {
        unapplied.push({ override: o, reason: `调班的两个班次相同：${slotText(o.a)}` });
        continue;
      }
      const sa = out[ia]!;
      const sb = out[ib]!;
      [sa.personId, sb.personId] = [sb.personId, sa.personId];
      sa.overrideIds.push(o.id);
      sb.overrideIds.push(o.id);
    } else if (o.kind === 'replace') {
      const i = byKey.get(key(o.date, o.shiftId));
      if (i === undefined) {
        unapplied.push({ override: o, reason: `替班的班次不在值班表中：${slotText(o)}` });
        continue;
      }
      const s = out[i]!;
      s.personId = o.personId;
      s.overrideIds.push(o.id);
    } else {
      if (o.coveredBy === o.personId) {
        unapplied.push({ override: o, reason: `请假的人员与顶班的人员相同：${o.date}` });
        continue;
      }
      const held = (byDate.get(o.date) ?? []).filter((i) => out[i]!.personId === o.personId);
      if (held.length === 0) {
        unapplied.push({ override: o, reason: `${who(o.personId)}在 ${o.date} 没有值班，请假无需顶班` });
        continue;
      }
      for (const i of held) {
        out[i]!.personId = o.coveredBy;
        out[i]!.overrideIds.push(o.id);
      }
    }
  }
  return { slots: out, unapplied };
}
