import type { Locator, Page } from '@playwright/test';
import { todayInShanghai } from '../../shared/identity/calendarDate';
import { addDays } from '../../shared/records/dates';
import { test, expect } from './fixtures';
import { seed } from './seed';

// 信息网络安全小组 (第十条) as a user meets it: the people are created on the 人员 screen, the group is
// built by its labels, and its state against 第十条 is read off the screen.

// Fictional numbers with correct MOD 11-2 check characters (GB 11643-1999).
const LEADER = { name: '陈组长', idNumber: '35020319900101123X', mobile: '13800000001', roles: ['法定代表人', '主要负责人'] };
const ADMIN = { name: '林网管', idNumber: '350203198506152340', mobile: '13800000002', roles: ['网络管理员'] };
const POLICY = '一、机房出入登记；二、账号口令每90天更换；三、日志留存六十日。';
let today = todayInShanghai();
// Taken again before each test: a run may cross midnight in China (16:00 UTC).
test.beforeEach(() => {
  today = todayInShanghai();
});

async function openScreen(page: Page, name: string) {
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
}

const field = (scope: Page | Locator, label: string) => scope.getByLabel(label, { exact: true });

/** A searchable select: type the option's text, Enter takes the first match. */
async function pick(select: Locator, text: string) {
  await select.fill(text);
  await select.press('Enter');
}

async function addPerson(page: Page, p: typeof LEADER) {
  await page.getByRole('button', { name: '新增', exact: true }).click();
  await field(page, '姓名').fill(p.name);
  await field(page, '证件类型').click();
  await page.getByRole('option', { name: '居民身份证', exact: true }).click();
  await field(page, '证件号码').fill(p.idNumber);
  await field(page, '手机号码').fill(p.mobile);
  for (const role of p.roles) await page.getByRole('checkbox', { name: role }).check();
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `${p.name}的信息已保存` })).toBeVisible();
}

const status = (page: Page) => page.getByRole('region', { name: '第十条要求' });

/** The page says what the regulation requires of this unit once (its header), not again under the form. */
async function expectSaidOnce(page: Page, text: string) {
  const said = page.getByRole('main').getByText(text);
  await expect(said).toHaveCount(1);
  await expect(said).toBeVisible();
}
const member = (page: Page, n: number) => page.getByRole('group', { name: `成员 ${n}` });

test('信息网络安全小组: built from 人员 by its labels, checked against 第十条, saved, and shown after reload and restart', async ({ app }) => {
  let { page } = app;
  await openScreen(page, '人员');
  await addPerson(page, LEADER);
  await addPerson(page, ADMIN);

  await openScreen(page, '信息网络安全小组');
  await expect(status(page)).toContainText('对照第十条，尚缺：组长（法定代表人或主要负责人）、网络管理员、安全员、安全保护制度');
  await expectSaidOnce(page, '本单位登记服务器 0 台，未超过二十台，可由IDC机房信息网络安全小组统一负责，也可自建（第十条）');

  // A leader who is neither 法定代表人 nor 主要负责人 is warned about; the leader becomes member 1 (组长).
  await pick(field(page, '组长'), ADMIN.name);
  await expect(page.getByRole('alert').filter({ hasText: '不是法定代表人或主要负责人' })).toBeVisible();
  await expect(member(page, 1)).toContainText(`${ADMIN.name}（网络管理员）`);
  await pick(field(page, '组长'), LEADER.name);
  await expect(page.getByRole('alert').filter({ hasText: '不是法定代表人或主要负责人' })).toHaveCount(0);
  await expect(member(page, 1)).toContainText(`${LEADER.name}（法定代表人、主要负责人）`);
  await expect(member(page, 1)).toContainText('组长');
  await expect(field(member(page, 1), '联系电话')).toHaveValue(LEADER.mobile); // the person's mobile by default

  await field(page, '成立日期').fill('2026-01-05');
  await field(page, '成立日期').press('Enter');

  await page.getByRole('button', { name: '添加成员' }).click();
  await pick(field(member(page, 2), '姓名'), ADMIN.name);
  await pick(field(member(page, 2), '组内职责'), '网络管理员');
  await expect(field(member(page, 2), '联系电话')).toHaveValue(ADMIN.mobile);
  await field(member(page, 2), '联系电话').fill('0592-5551234');

  await field(page, '安全保护制度').fill(POLICY);
  await page.getByRole('button', { name: '添加培训记录' }).click();
  const training = page.getByRole('group', { name: '培训记录 1' });
  await field(training, '培训日期').fill('2026-02-10');
  await field(training, '培训日期').press('Enter');
  await field(training, '培训内容').fill('网络安全法律法规');
  await pick(field(training, '参加人员'), ADMIN.name);
  await pick(field(training, '参加人员'), LEADER.name);

  await expect(status(page)).toContainText('对照第十条，尚缺：安全员');
  await expect(status(page)).toContainText(`组长（法定代表人或主要负责人）：已具备（${LEADER.name}（法定代表人、主要负责人））`);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();

  const expectSaved = async () => {
    await openScreen(page, '信息网络安全小组');
    await expect(page.getByRole('radio', { name: '本单位自建安全小组' })).toBeChecked();
    await expect(field(page, '成立日期')).toHaveValue('2026-01-05');
    await expect(member(page, 1)).toContainText(LEADER.name);
    await expect(member(page, 2)).toContainText(`${ADMIN.name}（网络管理员）`);
    await expect(member(page, 2)).toContainText('网络管理员');
    await expect(field(member(page, 2), '联系电话')).toHaveValue('0592-5551234');
    await expect(field(page, '安全保护制度')).toHaveValue(POLICY);
    const t = page.getByRole('group', { name: '培训记录 1' });
    await expect(field(t, '培训日期')).toHaveValue('2026-02-10');
    await expect(field(t, '培训内容')).toHaveValue('网络安全法律法规');
    await expect(t).toContainText(ADMIN.name);
    await expect(t).toContainText(LEADER.name);
    await expect(status(page)).toContainText('对照第十条，尚缺：安全员');
  };
  await page.reload();
  await expectSaved();
  await app.restart();
  page = app.page;
  await expectSaved();
});

test('信息网络安全小组: the IDC room’s group needs the room’s name, drafts survive leaving the screen, and 21 servers rule it out (第十条)', async ({ app }) => {
  const { page } = app;
  await openScreen(page, '信息网络安全小组');
  await page.getByRole('radio', { name: '由IDC机房信息网络安全小组统一负责' }).check();
  await field(page, '安全保护制度').fill(POLICY);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('请填写负责本单位的IDC机房名称')).toBeVisible();
  await expect(field(page, '安全保护制度')).toHaveValue(POLICY);

  // Unsaved input is still there after visiting another screen.
  await field(page, 'IDC机房名称').fill('厦门示例IDC机房');
  await openScreen(page, '概览');
  await openScreen(page, '信息网络安全小组');
  await expect(page.getByRole('radio', { name: '由IDC机房信息网络安全小组统一负责' })).toBeChecked();
  await expect(field(page, 'IDC机房名称')).toHaveValue('厦门示例IDC机房');
  await expect(field(page, '安全保护制度')).toHaveValue(POLICY);

  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  await expect(status(page)).toContainText('符合第十条的要求');

  // 20 servers, then a 21st (seeded through the app's API; the server form is covered in servers.spec.ts).
  const addServer = (i: number) => seed(page, 'servers.save', { assetNo: `S-${i}`, purposes: ['网站/虚拟空间'], onlineDate: addDays(today, -i) });
  for (let i = 1; i <= 20; i++) await addServer(i);
  await page.reload();
  await openScreen(page, '信息网络安全小组');
  await expectSaidOnce(page, '本单位登记服务器 20 台，未超过二十台，可由IDC机房信息网络安全小组统一负责，也可自建（第十条）');
  await expect(status(page)).toContainText('符合第十条的要求');
  await addServer(21);
  await page.reload();
  await openScreen(page, '信息网络安全小组');
  await expectSaidOnce(page, '本单位登记服务器 21 台，超过二十台，须自建信息网络安全小组（第十条）');
  await expect(status(page)).toContainText('对照第十条，尚缺：服务器不超过二十台');
  await expect(page.getByText('服务器超过二十台（21 台），不能由IDC机房安全小组统一负责，须自建信息网络安全小组（第十条）')).toBeVisible();

  await page.getByRole('radio', { name: '本单位自建安全小组' }).check();
  await expect(status(page)).toContainText('对照第十条，尚缺：组长（法定代表人或主要负责人）、网络管理员、安全员');
  await expectSaidOnce(page, '本单位登记服务器 21 台，超过二十台，须自建信息网络安全小组（第十条）');
  // Past twenty servers the regulation leaves no choice: once the own group is chosen, the choice is not offered again.
  await expect(page.getByRole('radio', { name: '由IDC机房信息网络安全小组统一负责' })).toHaveCount(0);
});
