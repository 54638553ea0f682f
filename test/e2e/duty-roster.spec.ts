import type { Page } from '@playwright/test';
import { todayInShanghai } from '../../shared/identity/calendarDate';
import { test, expect } from './fixtures';
import { seed } from './seed';

// 值班表 (第十三条（二）) as a user meets it: every field by its visible label (docs/LABELS.md), every slot by its
// accessible name. The three people are seeded through the app's own API (人员 has its own spec), exactly as
// the renderer calls it: window.beian in Electron, POST /api/<method> with the page's token in the browser host.
// The month is the current one in China Standard Time, so 概览 has someone on duty now.

let today = todayInShanghai();
let month = today.slice(0, 7);
// Taken again before each test: a run may cross midnight in China (16:00 UTC).
test.beforeEach(() => {
  today = todayInShanghai();
  month = today.slice(0, 7);
});
const day = (n: number) => `${month}-${String(n).padStart(2, '0')}`;
const prevMonth = (() => {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
})();

// Fictional numbers with correct MOD 11-2 check characters (GB 11643-1999).
const PEOPLE = [
  { name: '陈值班', idType: '居民身份证', idNumber: '35020319900101123X', roles: ['值班人员'] },
  { name: '林值班', idType: '居民身份证', idNumber: '350203198506152340', roles: ['值班人员'] },
  { name: '黄值班', idType: '居民身份证', idNumber: '350203199203043459', roles: ['值班人员', '安全员'] },
];

async function openScreen(page: Page, name: string) {
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
}

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const coverage = (page: Page) => page.getByRole('region', { name: '覆盖检查' });
// Still ahead or already past (a past one carries “（已过去，…）” and a 登记实际值班 button): the test runs on any day.
const gapList = (page: Page) => coverage(page).getByRole('list', { name: /^(已过去的)?未覆盖时段$/ });
const gapStarts = (text: string) => new RegExp(`^${text}`);
const slot = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const dialog = (page: Page) => page.getByRole('dialog');

/** An antd DatePicker: type the value and confirm with Enter. */
async function typeDate(page: Page, label: string, value: string) {
  const input = field(page, label);
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  await expect(input).toHaveValue(value);
}

async function pickRotation(page: Page, names: string[]) {
  await field(page, '轮换').click();
  for (const name of names) await page.getByRole('option', { name, exact: true }).click();
  await field(page, '轮换').press('Escape');
  await expect(page.getByRole('list', { name: '轮换顺序' }).getByRole('listitem')).toHaveText(names);
}

async function generate(page: Page, m: string) {
  await typeDate(page, '月份', m);
  await page.getByRole('button', { name: '生成本月排班', exact: true }).click();
  await expect(page.getByText(new RegExp(`^已生成 ${m}-01 至 ${m}-\\d\\d 的排班`))).toBeVisible();
}

test('值班表: 3×8 by the labels, a month generated and covered 24×7; a leave opens a gap, a swap moves it, 撤销 twice covers it again; kept after reload', async ({ app }) => {
  test.slow(); // a long walk through the screen
  const { page } = app;
  for (const p of PEOPLE) await seed(page, 'people.save', p);

  await openScreen(page, '值班表');
  await expect(page.getByText('第十三条（二）').first()).toBeVisible();
  await field(page, '值班电话').fill('0592 555 1234');
  await page.getByRole('button', { name: '三班倒（3×8小时）', exact: true }).click();
  const night = page.getByRole('group', { name: '第3个班次：夜班' });
  await expect(night.getByLabel('开始时间', { exact: true })).toHaveValue('00:00');
  await expect(page.getByRole('group', { name: '第2个班次：中班' })).toContainText('跨午夜：16:00 至次日 00:00');
  await expect(page.getByText('这些班次每天覆盖全部 24 小时。')).toBeVisible();
  await pickRotation(page, ['林值班', '陈值班', '黄值班']);
  // 上移 puts 陈值班 first: the order is the order of the shifts.
  await page.getByRole('button', { name: '上移 陈值班', exact: true }).click();
  await expect(page.getByRole('list', { name: '轮换顺序' }).getByRole('listitem')).toHaveText(['陈值班', '林值班', '黄值班']);
  await typeDate(page, '轮换开始日期', day(1));
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('值班设置已保存').first()).toBeVisible();
  await expect(field(page, '值班电话')).toHaveValue('0592-5551234');

  // Before generating, the whole month is one uncovered stretch.
  await expect(gapList(page).getByRole('listitem')).not.toHaveCount(0);
  await generate(page, month);
  await expect(coverage(page)).toContainText('全时段已覆盖（24×7）');
  await expect(gapList(page)).toHaveCount(0);
  await expect(slot(page, `${day(5)} 早班 陈值班`)).toBeVisible();
  await expect(slot(page, `${day(5)} 中班 林值班`)).toBeVisible();
  await expect(slot(page, `${day(5)} 夜班 黄值班`)).toBeVisible();

  // 请假 with nobody covering: that shift is uncovered, to the minute.
  await slot(page, `${day(5)} 早班 陈值班`).click();
  await expect(dialog(page)).toContainText(`调班：${day(5)} 早班（08:00–16:00）`);
  await dialog(page).getByRole('radio', { name: '请假', exact: true }).check();
  await expect(dialog(page).getByText('暂无人替班（显示为未覆盖时段）')).toBeVisible();
  await dialog(page).getByRole('button', { name: '保存', exact: true }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(gapList(page).getByRole('listitem')).toHaveText([gapStarts(`${day(5)} 08:00–16:00 无人值班`)]);
  await expect(coverage(page)).not.toContainText('全时段已覆盖');

  // 调班: 陈值班 takes the empty 早班 of the 5th and gives up his 早班 of the 6th; the gap moves.
  await slot(page, `${day(5)} 早班 无人值班（已调班）`).click();
  await dialog(page).getByLabel('与之调换的班次', { exact: true }).click();
  await dialog(page).getByLabel('与之调换的班次', { exact: true }).fill(`${day(6)} 早班`);
  await page.getByRole('option', { name: `${day(6)} 早班 08:00–16:00 陈值班`, exact: true }).click();
  await dialog(page).getByRole('button', { name: '保存', exact: true }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(gapList(page).getByRole('listitem')).toHaveText([gapStarts(`${day(6)} 08:00–16:00 无人值班`)]);
  await expect(slot(page, `${day(5)} 早班 陈值班（已调班）`)).toBeVisible();
  const overrides = page.getByRole('table', { name: '调班记录' });
  await expect(overrides.getByRole('row').filter({ hasText: '请假' })).toContainText(`陈值班 ${day(5)} 请假，暂无人替班`);
  await expect(overrides.getByRole('row').filter({ hasText: '↔' })).toContainText(`${day(5)} 早班 ↔ ${day(6)} 早班`);

  // The list view says the same.
  await page.getByRole('tab', { name: '列表', exact: true }).click();
  const row = page.getByRole('table', { name: '值班列表' }).getByRole('row').filter({ hasText: day(6) }).filter({ hasText: '早班' });
  await expect(row).toContainText('无人值班');
  await expect(row).toContainText('调班');
  await expect(row).toContainText('原：陈值班');
  await page.getByRole('tab', { name: '月视图', exact: true }).click();

  // 撤销 the swap, then the leave.
  await page.getByRole('button', { name: '撤销', exact: true }).click();
  await expect(gapList(page).getByRole('listitem')).toHaveText([gapStarts(`${day(5)} 08:00–16:00 无人值班`)]);
  await page.getByRole('button', { name: '撤销', exact: true }).click();
  await expect(coverage(page)).toContainText('全时段已覆盖（24×7）');
  await expect(gapList(page)).toHaveCount(0);
  await expect(slot(page, `${day(5)} 早班 陈值班`)).toBeVisible();

  await page.reload();
  await openScreen(page, '值班表');
  await expect(field(page, '值班电话')).toHaveValue('0592-5551234');
  await expect(page.getByRole('list', { name: '轮换顺序' }).getByRole('listitem')).toHaveText(['陈值班', '林值班', '黄值班']);
  await expect(slot(page, `${day(5)} 早班 陈值班`)).toBeVisible();
  await expect(coverage(page)).toContainText('全时段已覆盖（24×7）');
});

test('值班表: every bad input is named by its field and nothing typed is lost; 概览 shows who is on duty now', async ({ app }) => {
  test.slow(); // a long walk through the screen
  const { page } = app;
  for (const p of PEOPLE.slice(0, 2)) await seed(page, 'people.save', p);
  await expect(page.getByRole('region', { name: '当前值班' })).toContainText('尚未设置值班表');

  await openScreen(page, '值班表');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('请填写值班电话')).toBeVisible();
  await expect(page.getByText('请至少选择一位值班人员')).toBeVisible();

  await page.getByRole('button', { name: '两班倒（2×12小时）', exact: true }).click();
  const nightEnd = page.getByRole('group', { name: '第2个班次：夜班' }).getByLabel('结束时间', { exact: true });
  await nightEnd.fill('25:00');
  await nightEnd.blur();
  await expect(page.getByText(/^夜班的结束时间无效/)).toBeVisible();
  await nightEnd.fill('08:00');
  await expect(page.getByText(/^夜班的结束时间无效/)).toBeHidden();
  await expect(page.getByRole('group', { name: '第2个班次：夜班' })).toContainText('跨午夜：20:00 至次日 08:00');

  await field(page, '值班电话').fill('5551234');
  await field(page, '值班电话').blur();
  await expect(page.getByText(/^固定电话应带区号/)).toBeVisible();
  await field(page, '值班电话').fill('0592-5551234');
  await pickRotation(page, ['陈值班', '林值班']);
  // Away and back: what was typed is still there.
  await openScreen(page, '人员');
  await openScreen(page, '值班表');
  await expect(field(page, '值班电话')).toHaveValue('0592-5551234');
  await expect(page.getByRole('group', { name: '第2个班次：夜班' }).getByLabel('结束时间', { exact: true })).toHaveValue('08:00');
  await typeDate(page, '轮换开始日期', `${prevMonth}-01`);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('值班设置已保存').first()).toBeVisible();
  await generate(page, prevMonth);
  await generate(page, month);
  await expect(coverage(page)).toContainText('全时段已覆盖（24×7）');

  // Two people over 白班 / 夜班: 陈值班 always has 白班 (08:00–20:00), 林值班 夜班 (20:00–08:00).
  await openScreen(page, '概览');
  const card = page.getByRole('region', { name: '当前值班' });
  const hour = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(11, 13));
  await expect(card).toContainText(hour >= 8 && hour < 20 ? '陈值班　白班，值班至 20:00' : '林值班　夜班，值班至');
  // (After 20:00 the next handover is tomorrow 08:00, in next month when today is the last day: not generated here.)
  await expect(card).toContainText(hour >= 8 && hour < 20 ? '20:00　陈值班 → 林值班' : hour < 8 ? '08:00　林值班 → 陈值班' : '08:00　林值班 → ');
  await expect(card).toContainText('0592-5551234');
});

test('值班表: 撤销 can be clicked again as soon as each change is done, even when the browser never finishes a CSS transition', async ({ app }) => {
  const { page } = app;
  const ids: string[] = [];
  for (const p of PEOPLE.slice(0, 2)) ids.push(((await seed(page, 'people.save', p)) as { id: string }).id);
  const phones = ['0592-5550001', '0592-5550002', '0592-5550003'];
  const shifts = [
    { id: 'day', name: '白班', start: '08:00', end: '20:00' },
    { id: 'night', name: '夜班', start: '20:00', end: '08:00' },
  ];
  for (const dutyPhone of phones) await seed(page, 'dutyRoster.saveSettings', { dutyPhone, shifts, rotation: ids, rotationStart: day(1) });
  await openScreen(page, '值班表');
  await expect(field(page, '值班电话')).toHaveValue(phones[2]!);

  // CI's hang made certain: with every CSS transition frozen, antd's default loading icon would never get the
  // transitionend that removes it, and the enabled button would keep the accessible name "loading 撤销".
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Animation.enable');
  await cdp.send('Animation.setPlaybackRate', { playbackRate: 0 });
  for (const phone of [phones[1]!, phones[0]!]) {
    // A bounded wait, so a regression fails here rather than at the test's timeout.
    await page.getByRole('button', { name: '撤销', exact: true }).click({ timeout: 10_000 });
    await expect(field(page, '值班电话')).toHaveValue(phone);
  }
  await expect(page.getByRole('button', { name: '撤销', exact: true })).toBeEnabled();
});
