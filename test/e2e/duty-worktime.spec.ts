import { todayInShanghai } from '../../shared/identity/calendarDate';
import { test, expect } from './fixtures';
import { seed } from './seed';

// 值班设置: an approved 综合计算工时工作制 with its period changes the 工时提醒 to the period's average (with the
// source), and 值班记录随备案材料 is kept with the settings.

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

test('值班表: 综合计算工时工作制 按周 judges each week against 40 hours (劳部发〔1994〕503号), and 值班记录随备案材料 is saved', async ({ app }) => {
  const { page } = app;
  const ids: string[] = [];
  for (const p of PEOPLE) ids.push(((await seed(page, 'people.save', p)) as { id: string }).id);
  await seed(page, 'dutyRoster.saveSettings', { dutyPhone: '0592-5551234', shifts: SHIFTS, rotation: ids, rotationStart: `${month}-01` });
  const last = String(new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate());
  await seed(page, 'dutyRoster.generate', { from: `${month}-01`, to: `${month}-${last}` });

  await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: '值班表', exact: true }).click();
  const reminders = page.getByRole('list', { name: '工时提醒' });
  // 3 people on 3 × 8: 8 h every day, 56 h a week, judged week by week under the standard system.
  await expect(reminders).toContainText('一周工作 56 小时，超过 40 小时（国务院《关于职工工作时间的规定》第三条）');

  const system = page.getByLabel('综合计算工时工作制', { exact: true });
  await system.click();
  await page.getByTitle('已批准，按周综合计算（周期标准 40 小时）', { exact: true }).click();
  await page.getByRole('checkbox', { name: '导出备案材料时附值班记录（08_值班记录.pdf）' }).check();
  if (process.env.DUTY3_SCREENSHOTS) {
    await page.setViewportSize({ width: 1366, height: 768 });
    await system.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${process.env.DUTY3_SCREENSHOTS}/settings.png` });
  }
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('值班设置已保存').first()).toBeVisible();

  await expect(reminders).toContainText('一周排班 56 小时，超过综合计算工时（按周）的法定标准 40 小时（劳部发〔1994〕503号第五条、劳社部发〔2008〕3号）');
  await expect(reminders).not.toContainText('一周工作 56 小时');
  await expect(page.getByText('按综合计算工时工作制（以周为周期）核算的提醒')).toBeVisible();
  if (process.env.DUTY3_SCREENSHOTS) {
    await reminders.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${process.env.DUTY3_SCREENSHOTS}/worktime.png` });
  }

  // Kept: after a reload the form shows what was saved.
  await page.reload();
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: '值班表', exact: true }).click();
  await expect(page.getByRole('checkbox', { name: '导出备案材料时附值班记录（08_值班记录.pdf）' })).toBeChecked();
  await expect(page.getByText('已批准，按周综合计算（周期标准 40 小时）')).toBeVisible();
});
