// Times in the file are China Standard Time whatever the machine says: run these under another zone.
process.env.TZ = 'America/Los_Angeles';

import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openApiHost, type ApiHost } from '../../../electron/api/host';
import { cstToMinutes, CST_OFFSET_MINUTES, templateShifts } from '../../../shared/dutyRoster';
import type { DutyRosterView, StoredOverride } from '../../../shared/records/dutyRoster';
import type { StoredPerson } from '../../../shared/records/person';
import { tempWorkspace } from '../../support/tempWorkspace';

// Fictional numbers with correct MOD 11-2 check characters (GB 11643-1999).
const ID_A = '35020319900101123X';
const ID_B = '350203198506152340';
const ID_C = '350203199203043459';
const DEC = { from: '2026-12-01', to: '2026-12-31' };

interface Event {
  uid: string;
  /** UTC milliseconds, as ical.js computes them from TZID and its VTIMEZONE */
  start: number;
  end: number;
  tzid: string;
  summary: string;
  description: string;
}

/** The file read by ical.js (Mozilla's parser), not by anything of ours. */
function parse(text: string): { events: Event[]; zone: ICAL.Component | null; name: string } {
  const cal = new ICAL.Component(ICAL.parse(text));
  const zone = cal.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  const events = cal.getAllSubcomponents('vevent').map((c) => {
    const e = new ICAL.Event(c);
    return {
      uid: e.uid,
      start: e.startDate.toJSDate().getTime(),
      end: e.endDate.toJSDate().getTime(),
      tzid: String(c.getFirstProperty('dtstart')!.getParameter('tzid')),
      summary: e.summary,
      description: e.description,
    };
  });
  return { events, zone, name: String(cal.getFirstPropertyValue('x-wr-calname')) };
}

const utcMs = (cst: string) => (cstToMinutes(cst) - CST_OFFSET_MINUTES) * 60_000;
const file = (r: { dataBase64: string }) => Buffer.from(r.dataBase64, 'base64').toString('utf8');

describe('导出日历 (.ics) read back by ical.js', () => {
  const ws = tempWorkspace();
  let api: ApiHost;
  let a: StoredPerson;
  let b: StoredPerson;
  let c: StoredPerson;
  async function ok<T>(method: string, input: unknown): Promise<T> {
    const reply = await api.dispatch(method, input);
    if (!reply.ok) throw new Error(`${method} refused: ${reply.error.message} (${reply.error.field ?? ''})`);
    return reply.result as T;
  }
  type Ics = { fileName: string; dataBase64: string; events: number };

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-20T04:00:00Z'), shouldAdvanceTime: true });
    api = await openApiHost(ws.dir);
    // Long names, a comma and a semicolon: escaping and folding inside multi-byte text.
    a = await ok('people.save', { name: '陈值班', idType: '居民身份证', idNumber: ID_A, roles: ['值班人员'] });
    b = await ok('people.save', { name: '欧阳林值班', idType: '居民身份证', idNumber: ID_B, roles: ['值班人员'] });
    c = await ok('people.save', { name: '黄值班', idType: '居民身份证', idNumber: ID_C, roles: ['值班人员'] });
    const shifts = templateShifts('3x8').map((s) => (s.id === 'middle' ? { ...s, name: '中班（含交接，巡检；记录）' } : s));
    await ok('dutyRoster.saveSettings', { dutyPhone: '0592-5551234', shifts, rotation: [a.id, b.id, c.id], rotationStart: '2026-12-01' });
    await ok('dutyRoster.generate', DEC);
    // 请假 with nobody covering: that slot has no one and is not an event.
    await ok('dutyRoster.addOverride', { kind: 'leave', date: '2026-12-10', personId: a.id, coveredBy: '' });
  });
  afterAll(async () => {
    await api.close();
    ws.remove();
    vi.useRealTimers();
  });

  it('holds every held slot of the month once, at its Beijing time, with the 值班电话 — and nothing else', async () => {
    const roster = await ok<DutyRosterView>('dutyRoster.get', DEC);
    const names = new Map([a, b, c].map((p) => [p.id, p.name]));
    const held = roster.slots.filter((s) => s.personId !== '');
    expect(held.length).toBe(31 * 3 - 1);

    const out = await ok<Ics>('dutyRoster.ics', { month: '2026-12' });
    expect(out.fileName).toBe('值班表_2026-12.ics');
    expect(out.events).toBe(held.length);
    const { events, zone, name } = parse(file(out));
    expect(name).toBe('值班表 2026-12');
    expect(zone?.getFirstPropertyValue('tzid')).toBe('Asia/Shanghai');
    expect(events).toHaveLength(held.length);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);

    const byStart = new Map(events.map((e) => [e.start, e]));
    for (const s of held) {
      const e = byStart.get(utcMs(s.start));
      expect(e, `${s.date} ${s.shiftName}`).toBeDefined();
      expect(e!.end).toBe(utcMs(s.end));
      expect(e!.tzid).toBe('Asia/Shanghai');
      expect(e!.summary).toBe(`值班：${s.shiftName} ${names.get(s.personId)!}`);
      expect(e!.description).toContain(`值班人员：${names.get(s.personId)!}`);
      expect(e!.description).toContain('值班电话：0592-5551234');
    }
    // The night shift of the 31st ends in January; the 中班 ends at midnight, the next day.
    const mid = held.find((s) => s.date === '2026-12-31' && s.shiftId === 'middle')!;
    expect(new Date(byStart.get(utcMs(mid.start))!.end).toISOString()).toBe('2026-12-31T16:00:00.000Z');
  });

  it('is CRLF throughout, folded at 75 octets without splitting a character', async () => {
    const raw = Buffer.from((await ok<Ics>('dutyRoster.ics', { month: '2026-12' })).dataBase64, 'base64');
    const text = raw.toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    let folded = 0;
    for (const line of text.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      if (line.startsWith(' ')) folded++;
    }
    expect(folded).toBeGreaterThan(0);
    // No U+FFFD: every fold fell between characters.
    expect(raw.toString('utf8')).not.toContain('\uFFFD');
  });

  it('keeps each slot\'s UID across exports, so a re-import updates: a 替班 changes the person, not the UID', async () => {
    const before = parse(file(await ok<Ics>('dutyRoster.ics', { month: '2026-12' }))).events;
    const roster = await ok<DutyRosterView>('dutyRoster.get', DEC);
    const target = roster.slots.find((s) => s.date === '2026-12-05' && s.shiftId === 'early')!;
    const other = [a, b, c].find((p) => p.id !== target.personId)!;
    const o = await ok<StoredOverride>('dutyRoster.addOverride', { kind: 'replace', date: '2026-12-05', shiftId: 'early', personId: other.id });
    const after = parse(file(await ok<Ics>('dutyRoster.ics', { month: '2026-12' }))).events;
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    const changed = after.filter((e, i) => e.summary !== before[i]!.summary);
    expect(changed).toHaveLength(1);
    expect(changed[0]!.start).toBe(utcMs(target.start));
    expect(changed[0]!.summary).toBe(`值班：早班 ${other.name}`);
    await ok('dutyRoster.removeOverride', { id: o.id });
  });

  it('gives one person their own shifts only, under the same UIDs as the whole roster', async () => {
    const roster = await ok<DutyRosterView>('dutyRoster.get', DEC);
    const mine = roster.slots.filter((s) => s.personId === b.id);
    const out = await ok<Ics>('dutyRoster.ics', { month: '2026-12', personId: b.id });
    expect(out.fileName).toBe('值班表_2026-12_欧阳林值班.ics');
    const own = parse(file(out)).events;
    expect(own.map((e) => e.start).sort()).toEqual(mine.map((s) => utcMs(s.start)).sort());
    expect(own.every((e) => e.summary.startsWith('值班：') && !e.summary.includes(b.name))).toBe(true);
    const all = new Map(parse(file(await ok<Ics>('dutyRoster.ics', { month: '2026-12' }))).events.map((e) => [e.start, e.uid]));
    for (const e of own) expect(e.uid).toBe(all.get(e.start));
  });

  it('refuses a bad month or an unknown person, naming the field', async () => {
    const month = await api.dispatch('dutyRoster.ics', { month: '2026-13' });
    expect(month.ok).toBe(false);
    if (!month.ok) expect(month.error).toMatchObject({ code: 'VALIDATION', field: 'month', message: expect.stringContaining('月份') });
    const who = await api.dispatch('dutyRoster.ics', { month: '2026-12', personId: 'nobody' });
    expect(who.ok).toBe(false);
    if (!who.ok) expect(who.error).toMatchObject({ field: 'personId', message: expect.stringMatching(/^值班人员：/) });
  });
});
