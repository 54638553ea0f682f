import { beforeAll, describe, expect, it } from 'vitest';
import { templateShifts } from '../../../shared/dutyRoster';
import { todayInShanghai } from '../../../shared/identity/calendarDate';
import { addDays } from '../../../shared/records/dates';
import type { DutyRosterView, StoredOverride } from '../../../shared/records/dutyRoster';
import type { StoredPerson } from '../../../shared/records/person';
import { apiOnTempWorkspace } from '../../support/apiOnTempWorkspace';

// Fictional numbers with correct MOD 11-2 check characters (GB 11643-1999).
const ID_A = '35020319900101123X';
const ID_B = '350203198506152340';
const ID_C = '350203199203043459';
const ID_D = '350203198512310026';

// 替班 and 顶班 block removal from today on (China Standard Time), so the dates are counted from today.
const today = todayInShanghai();
const day = (n: number) => addDays(today, n);

describe('people.remove and the 值班表', () => {
  const { ok, refused } = apiOnTempWorkspace();
  let a: StoredPerson;
  let b: StoredPerson;
  let c: StoredPerson;

  const save = (name: string, idNumber: string, roles: string[] = ['值班人员']) => ok<StoredPerson>('people.save', { name, idType: '居民身份证', idNumber, roles });
  const settings = (rotation: string[]) => ({ dutyPhone: '0592-5551234', shifts: templateShifts('3x8'), rotation, rotationStart: day(-10) });
  const removalRefused = async (p: StoredPerson) => {
    const err = await refused('people.remove', { id: p.id });
    expect(err.code).toBe('VALIDATION');
    // No name and no ID number in the message: it may reach logs and screenshots.
    expect(err.message).not.toContain(p.name);
    expect(err.message).not.toContain(p.idNumber);
    return err.message;
  };

  beforeAll(async () => {
    a = await save('陈值班', ID_A);
    b = await save('林值班', ID_B);
    c = await save('黄值班', ID_C);
    await ok('dutyRoster.saveSettings', settings([a.id, b.id, c.id]));
    await ok('dutyRoster.generate', { from: day(-10), to: day(10) });
  });

  it('refuses to remove someone in the 轮换, and allows it once the 轮换 no longer has them', async () => {
    expect(await removalRefused(c)).toBe('不能删除：该人员仍在值班表的轮换中；请先在值班表中调整');
    await ok('dutyRoster.saveSettings', settings([a.id, b.id]));
    const extra = await save('郑临时', ID_D);
    await ok('dutyRoster.saveSettings', settings([a.id, b.id, extra.id]));
    expect(await removalRefused(extra)).toBe('不能删除：该人员仍在值班表的轮换中；请先在值班表中调整');
    await ok('dutyRoster.saveSettings', settings([a.id, b.id]));
    await ok('people.remove', { id: extra.id });
  });

  it('refuses to remove someone covering a 替班 or a 请假 from today on; past ones do not block', async () => {
    // c is out of the 轮换 now (and out of the regenerated shifts), but still covers shifts by 调班.
    await ok('dutyRoster.generate', { from: day(-10), to: day(10) });
    const replace = await ok<StoredOverride>('dutyRoster.addOverride', { kind: 'replace', date: day(2), shiftId: 'early', personId: c.id });
    expect(await removalRefused(c)).toBe(`不能删除：该人员仍在值班表的替班（${day(2)}）中；请先在值班表中调整`);
    await ok('dutyRoster.removeOverride', { id: replace.id });

    const v = await ok<DutyRosterView>('dutyRoster.get', { from: day(3), to: day(3) });
    const onLeave = v.slots.find((s) => s.date === day(3) && s.personId !== c.id)!.personId;
    const leave = await ok<StoredOverride>('dutyRoster.addOverride', { kind: 'leave', date: day(3), personId: onLeave, coveredBy: c.id });
    const today0 = await ok<StoredOverride>('dutyRoster.addOverride', { kind: 'replace', date: day(0), shiftId: 'night', personId: c.id });
    expect(await removalRefused(c)).toBe(`不能删除：该人员仍在值班表的替班（${day(0)}、${day(3)}）中；请先在值班表中调整`);
    await ok('dutyRoster.removeOverride', { id: leave.id });
    await ok('dutyRoster.removeOverride', { id: today0.id });

    // A 替班 in the past is history: it does not keep the person.
    await ok('dutyRoster.addOverride', { kind: 'replace', date: day(-2), shiftId: 'early', personId: c.id });
    await ok('people.remove', { id: c.id });
  });

  it('names the 值班表 beside the other places that still use the person', async () => {
    const boss = await save('王组长', '11010519491231002X', ['法定代表人', '值班人员']);
    await ok('securityGroup.save', { mode: 'own', establishedOn: '2026-01-05', leaderId: boss.id, members: [{ personId: boss.id, duty: '组长', phone: '' }] });
    await ok('dutyRoster.saveSettings', settings([a.id, b.id, boss.id]));
    expect(await removalRefused(boss)).toBe('不能删除：此人仍是信息网络安全小组组长；该人员仍在值班表的轮换中；请先在相应页面和值班表中调整后再删除');
  });
});
