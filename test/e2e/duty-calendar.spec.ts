import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import { todayInShanghai } from '../../shared/identity/calendarDate';
import type { DutyRosterView } from '../../shared/records/dutyRoster';
import { test, expect } from './fixtures';
import { seed } from './seed';

// 导出日历 (.ics) as a user meets it on 值班表: the button, the dialog's 值班人员, the download — then the file
// read by ical.js (Mozilla's parser) and compared, event by event, with the roster the API returns.

let month = todayInShanghai().slice(0, 7);
// Taken again before each test: a run may cross midnight in China (16:00 UTC).
test.beforeEach(() => {
  month = todayInShanghai().slice(0, 7);
});
const PEOPLE = [
  { name: '陈值班', idType: '居民身份证', idNumber: '35020319900101123X', roles: ['值班人员'] },
  { name: '林值班', idType: '居民身份证', idNumber: '350203198506152340', roles: ['值班人员'] },
  { name: '黄值班', idType: '居民身份证', idNumber: '350203199203043459', roles: ['值班人员'] },
];
const SHIFTS = [
  { id: 'early', name: '早班', start: '08:00', end: '16:00' },
  { id: 'middle', name: '中班', start: '16:00', end: '00:00' },
  { id: 'night', name: '夜班', start: '00:00', end: '08:00' },
];

/** 'YYYY-MM-DD HH:mm' Beijing time → UTC milliseconds. */
const utcMs = (cst: string) => Date.parse(`${cst.replace(' ', 'T')}:00+08:00`);

async function download(page: Page, person: string): Promise<{ name: string; text: string }> {
  await page.getByRole('button', { name: '导出日历', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `导出日历（${month}）` });
  await expect(dialog).toBeVisible();
  const field = dialog.getByLabel('值班人员', { exact: true });
  await field.fill(person);
  await field.press('Enter');
  await expect(dialog.getByTitle(person, { exact: true })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '导出 .ics' }).click();
  const file = await downloading;
  await expect(dialog).toBeHidden();
  return { name: file.suggestedFilename(), text: readFileSync(await file.path()).toString('utf8') };
}

function events(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  const zone = cal.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return cal.getAllSubcomponents('vevent').map((c) => {
    const e = new ICAL.Event(c);
    return { uid: e.uid, start: e.startDate.toJSDate().getTime(), end: e.endDate.toJSDate().getTime(), summary: e.summary, description: e.description };
  });
}

test('值班表: 导出日历 downloads an .ics that ical.js reads back, every event matching the roster, for all and for one person', async ({ app }) => {
  const { page } = app;
  const people = [] as { id: string; name: string }[];
  for (const p of PEOPLE) people.push((await seed(page, 'people.save', p)) as { id: string; name: string });
  await seed(page, 'dutyRoster.saveSettings', { dutyPhone: '0592-5551234', shifts: SHIFTS, rotation: people.map((p) => p.id), rotationStart: `${month}-01` });
  const last = String(new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate());
  await seed(page, 'dutyRoster.generate', { from: `${month}-01`, to: `${month}-${last}` });
  const roster = (await seed(page, 'dutyRoster.get', { from: `${month}-01`, to: `${month}-${last}` })) as DutyRosterView;
  const name = new Map(people.map((p) => [p.id, p.name]));

  await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: '值班表', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: '值班表', exact: true })).toBeVisible();

  const all = await download(page, '全部值班人员');
  expect(all.name).toBe(`值班表_${month}.ics`);
  const got = events(all.text);
  expect(got).toHaveLength(roster.slots.length);
  const byStart = new Map(got.map((e) => [e.start, e]));
  for (const s of roster.slots) {
    const e = byStart.get(utcMs(s.start))!;
    expect(e, `${s.date} ${s.shiftName}`).toBeDefined();
    expect(e.end).toBe(utcMs(s.end));
    expect(e.summary).toBe(`值班：${s.shiftName} ${name.get(s.personId)!}`);
    expect(e.description).toContain('值班电话：0592-5551234');
  }
  await expect(page.getByText(`已导出 值班表_${month}.ics（${roster.slots.length} 个班次）`)).toBeVisible();

  const lin = people.find((p) => p.name === '林值班')!;
  const own = await download(page, '林值班');
  expect(own.name).toBe(`值班表_${month}_林值班.ics`);
  const mine = roster.slots.filter((s) => s.personId === lin.id);
  const ownEvents = events(own.text);
  expect(ownEvents.map((e) => e.start).sort()).toEqual(mine.map((s) => utcMs(s.start)).sort());
  // The same shift has the same UID in both files: importing one after the other updates, not duplicates.
  for (const e of ownEvents) expect(e.uid).toBe(byStart.get(e.start)!.uid);
});
