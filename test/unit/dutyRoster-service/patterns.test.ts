// The roster's times are China Standard Time whatever the machine says: run these under another zone.
process.env.TZ = 'America/Los_Angeles';

import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openApiHost, type ApiHost } from '../../../electron/api/host';
import { PATTERN_TEMPLATES, templateShifts } from '../../../shared/dutyRoster';
import type { DutyRosterView, StoredOverride } from '../../../shared/records/dutyRoster';
import type { StoredPerson } from '../../../shared/records/person';
import { tempWorkspace } from '../../support/tempWorkspace';

// Fictional numbers with correct MOD 11-2 check characters (GB 11643-1999).
const IDS = ['35020319900101123X', '350203198506152340', '350203199203043459', '350203198512310026', '350203198001010013'];
const DEC = { from: '2026-12-01', to: '2026-12-31' };
const template = (key: string) => PATTERN_TEMPLATES.find((t) => t.key === key)!;

describe('轮班模式 through the API: 预览, then 生成, 调班 kept, reminders on the rotated roster', () => {
  const ws = tempWorkspace();
  let api: ApiHost;
  const people: StoredPerson[] = [];
  async function ok<T>(method: string, input: unknown): Promise<T> {
    const reply = await api.dispatch(method, input);
    if (!reply.ok) throw new Error(`${method} refused: ${reply.error.message} (${reply.error.field ?? ''})`);
    return reply.result as T;
  }
  const settings = (key: string, n: number) => {
    const t = template(key);
    return { dutyPhone: '0592-5551234', shifts: templateShifts(t.shifts), rotation: people.slice(0, n).map((p) => p.id), rotationStart: '2026-12-01', pattern: { template: key, cycle: [...t.cycle] } };
  };
  const who = (v: DutyRosterView, date: string, shiftId: string) => v.slots.find((s) => s.date === date && s.shiftId === shiftId)?.personId;

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-20T04:00:00Z'), shouldAdvanceTime: true });
    api = await openApiHost(ws.dir);
    for (const [i, id] of IDS.entries()) people.push(await ok('people.save', { name: `值班${'甲乙丙丁戊'[i]}`, idType: '居民身份证', idNumber: id, roles: ['值班人员'] }));
  });
  afterAll(async () => {
    await api.close();
    ws.remove();
    vi.useRealTimers();
  });
  beforeEach(async () => {
    for (;;) if (!(await api.dispatch('dutyRoster.undo', {})).ok) return;
  });

  it('previews 早→中→夜→休 for four without writing anything; 生成 then gives exactly the preview', async () => {
    const preview = await ok<DutyRosterView>('dutyRoster.preview', { month: '2026-12', settings: settings('4p-3x8', 4) });
    expect(preview.slots).toHaveLength(31 * 3);
    expect(preview.coverage.covered).toBe(true);
    const [a, b, c, d] = people.map((p) => p.id);
    expect(['early', 'middle', 'night'].map((s) => who(preview, '2026-12-01', s))).toEqual([a, b, c]);
    expect(['early', 'middle', 'night'].map((s) => who(preview, '2026-12-02', s))).toEqual([d, a, b]);
    // Nothing saved, nothing generated.
    const before = await ok<DutyRosterView>('dutyRoster.get', DEC);
    expect(before.settings).toBeNull();
    expect(before.slots).toEqual([]);

    await ok('dutyRoster.saveSettings', settings('4p-3x8', 4));
    await ok('dutyRoster.generate', DEC);
    const after = await ok<DutyRosterView>('dutyRoster.get', DEC);
    expect(after.settings?.pattern).toEqual({ template: '4p-3x8', cycle: ['early', 'middle', 'night', 'rest'] });
    expect(after.slots).toEqual(preview.slots);
    expect(after.workTime).toEqual(preview.workTime);
  });

  it('keeps the 调班 in the preview and after generating with a new pattern', async () => {
    await ok('dutyRoster.saveSettings', settings('4p-3x8', 4));
    await ok('dutyRoster.generate', DEC);
    const [, , c] = people.map((p) => p.id);
    const o = await ok<StoredOverride>('dutyRoster.addOverride', { kind: 'replace', date: '2026-12-05', shiftId: 'early', personId: people[4]!.id });
    const preview = await ok<DutyRosterView>('dutyRoster.preview', { month: '2026-12', settings: settings('4t-3x8', 4) });
    const slot = preview.slots.find((s) => s.date === '2026-12-05' && s.shiftId === 'early')!;
    expect(slot.personId).toBe(people[4]!.id);
    expect(slot.overrideIds).toEqual([o.id]);
    expect(preview.overrides.map((x) => x.id)).toEqual([o.id]);
    // 四班三运转 on day 4 (早早中中夜夜休休, starts 0, 2, 4, 6): 丙 is at position 4 + 4 ≡ 0, the 早班.
    expect(slot.generatedPersonId).toBe(c);
    await ok('dutyRoster.saveSettings', settings('4t-3x8', 4));
    const kept = await ok<{ overridesKept: number }>('dutyRoster.generate', DEC);
    expect(kept.overridesKept).toBe(1);
    expect((await ok<DutyRosterView>('dutyRoster.get', DEC)).slots).toEqual(preview.slots);
  });

  it('evaluates the working-time reminders on the rotated roster: three on 两班倒 are reminded, five on 早→中→夜→休→休 are not', async () => {
    const three = await ok<DutyRosterView>('dutyRoster.preview', { month: '2026-12', settings: settings('3p-2x12', 3) });
    // Only the first morning is open: the 夜班 that would run into it starts on 11-30, before the rotation.
    expect(three.coverage.gaps.map((g) => `${g.start}–${g.end}`)).toEqual(['2026-12-01 00:00–2026-12-01 08:00']);
    expect(three.workTime.teamSize).toMatch(/^轮换只有 3 人/);
    expect(three.workTime.reminders.some((r) => r.kind === 'weekly')).toBe(true);
    // 白→夜→休: the 休 day still holds the morning of the 夜班, so some weeks have no whole day off.
    expect(three.workTime.reminders.some((r) => r.kind === 'restDay' && r.source === '《劳动法》第三十八条')).toBe(true);

    const five = await ok<DutyRosterView>('dutyRoster.preview', { month: '2026-12', settings: settings('5p-3x8', 5) });
    expect(five.coverage.gaps).toEqual([]);
    expect(five.workTime.teamSize).toBeNull();
    expect(five.workTime.reminders.filter((r) => r.kind === 'weekly' || r.kind === 'restDay')).toEqual([]);
  });

  it('refuses a pattern that puts two people on one shift, on the field 轮班模式', async () => {
    const bad = { ...settings('4p-3x8', 4), pattern: { template: 'custom', cycle: ['early', 'early'] } };
    for (const method of ['dutyRoster.preview', 'dutyRoster.saveSettings']) {
      const r = await api.dispatch(method, method === 'dutyRoster.preview' ? { month: '2026-12', settings: bad } : bad);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.field).toMatch(/(^|\.)pattern$/);
        expect(r.error.message).toMatch(/^轮班模式：周期第1天的早班同时排到/);
      }
    }
  });
});
