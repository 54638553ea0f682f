import type { Locator, Page } from '@playwright/test';
import { addDays } from '../../shared/records/dates';
import { todayInShanghai } from '../../shared/identity/calendarDate';
import { test, expect } from './fixtures';
import { seed } from './seed';

// 服务器 as a user meets it: every field found by its visible label (docs/LABELS.md).
// Fictional ID numbers with correct / wrong MOD 11-2 check characters (GB 11643-1999).
const ID_OK = '35020319900101123X';
const ID_WRONG_CHECK = '350203199001011230';

let today = todayInShanghai();
// Taken again before each test: a run may cross midnight in China (16:00 UTC).
test.beforeEach(() => {
  today = todayInShanghai();
});

async function openServers(page: Page) {
  await page.getByRole('menuitem', { name: '服务器' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '服务器' })).toBeVisible();
}

/** The list's row of one server (the virtual table's rows carry role=row). */
const serverRow = (page: Page, assetNo: string) => page.getByRole('region', { name: '服务器列表' }).getByRole('row').filter({ hasText: assetNo });

async function pick(field: Locator, option: string) {
  await field.fill(option);
  await field.press('Enter');
}

async function typeDate(field: Locator, date: string) {
  await field.fill(date);
  await field.press('Enter');
}

test('服务器: the form checks each IP on blur, derives 备案期限, and the saved row survives a reload and a restart', async ({ app }) => {
  const { page } = app;
  await openServers(page);
  await page.getByRole('button', { name: '新增', exact: true }).click();
  const form = page.getByRole('region', { name: '新增服务器' });

  await form.getByLabel('资产编号', { exact: true }).fill('XM-IDC-0001');
  await form.getByLabel('主机名', { exact: true }).fill('Web01.Example.com');
  const ip = form.getByLabel('IP地址', { exact: true });
  await ip.fill('192.168.01.10');
  await ip.blur();
  await expect(form.getByText('第3段「01」不能以0开头')).toBeVisible();
  await ip.fill('192.168.1.10');
  await ip.blur();
  await expect(form.getByText(/不能以0开头/)).toHaveCount(0);

  await form.getByRole('button', { name: '添加IP地址' }).click();
  const ip2 = form.getByLabel('IP地址 2', { exact: true });
  await ip2.fill('2001:0DB8:0000:0000:0000:0000:0000:0001');
  await ip2.blur();
  await expect(ip2).toHaveValue('2001:db8::1'); // written in its standard form
  await form.getByLabel('机柜位置', { exact: true }).fill('A03-12U');

  await form.getByRole('checkbox', { name: '网站/虚拟空间' }).check();
  await form.getByRole('checkbox', { name: '域名解析' }).check();
  const dns = form.getByRole('group', { name: '域名解析安全措施' });
  await expect(dns).toBeVisible(); // 第五条
  await dns.getByRole('checkbox', { name: '关闭开放递归查询或限制递归范围' }).check();

  // Online 25 days ago: the deadline is 5 days away (第八条).
  const online = addDays(today, -25);
  await typeDate(form.getByLabel('上线日期', { exact: true }), online);
  await expect(form.getByLabel('备案期限', { exact: true })).toHaveValue(addDays(online, 30));
  await expect(form.getByText('5 天后到期')).toBeVisible();

  // An end user who manages the server (第三条), first with a wrong check digit.
  await form.getByRole('button', { name: '添加管理人员' }).click();
  const manager = form.getByRole('group', { name: '管理人员 1' });
  await manager.getByRole('radio', { name: '最终用户（第三条）' }).check();
  await manager.getByLabel('姓名', { exact: true }).fill('王最终');
  await pick(manager.getByLabel('证件类型', { exact: true }), '居民身份证');
  const idNumber = manager.getByLabel('证件号码', { exact: true });
  await idNumber.fill(ID_WRONG_CHECK);
  await idNumber.blur();
  await expect(manager.getByText(/校验位.*应为X/)).toBeVisible();
  await idNumber.fill(ID_OK);
  await idNumber.blur();
  await expect(manager.getByText(/校验位/)).toHaveCount(0);

  await form.getByRole('button', { name: '保存', exact: true }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '已保存服务器 XM-IDC-0001' })).toBeVisible();

  const expectRow = async () => {
    const row = serverRow(page, 'XM-IDC-0001');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('web01.example.com');
    await expect(row).toContainText('192.168.1.10，2001:db8::1');
    await expect(row).toContainText(addDays(online, 30));
    await expect(row).toContainText('5 天后到期');
    await expect(row).toContainText('缺措施（第五条）'); // only one of the DNS measures ticked
    await expect(row).toContainText('王最终（最终用户）');
  };
  await expectRow();

  await page.reload();
  await openServers(page);
  await expectRow();

  await app.restart();
  await openServers(page);
  await expectRow();

  // Editing shows what was saved, ready to change.
  await serverRow(page, 'XM-IDC-0001').getByRole('button', { name: /编辑/ }).click();
  const edit = page.getByRole('region', { name: '编辑服务器 XM-IDC-0001' });
  await expect(edit.getByLabel('IP地址 2', { exact: true })).toHaveValue('2001:db8::1');
  await typeDate(edit.getByLabel('备案日期', { exact: true }), today);
  await edit.getByRole('button', { name: '保存', exact: true }).click();
  await expect(edit).toBeHidden();
  await expect(serverRow(page, 'XM-IDC-0001')).toContainText('已备案');
});

test('服务器: required fields left empty and a duplicate 资产编号 each get their message; nothing typed is lost, also across screens', async ({ app }) => {
  const { page } = app;
  await openServers(page);
  await seed(page, 'servers.save', { assetNo: 'DUP-1', purposes: ['其他'], onlineDate: today });
  await page.reload();
  await openServers(page);
  await expect(serverRow(page, 'DUP-1')).toHaveCount(1);

  await page.getByRole('button', { name: '新增', exact: true }).click();
  const form = page.getByRole('region', { name: '新增服务器' });
  await form.getByLabel('主机名', { exact: true }).fill('db01');
  await form.getByRole('button', { name: '保存', exact: true }).click();
  await expect(form.getByText('请填写资产编号')).toBeVisible();
  await expect(form.getByText('请选择至少一项用途')).toBeVisible();
  await expect(form.getByText('请填写上线日期')).toBeVisible();
  await expect(form.getByLabel('主机名', { exact: true })).toHaveValue('db01');

  // The API refuses a 资产编号 already used; the message lands on the field.
  await form.getByLabel('资产编号', { exact: true }).fill('dup-1');
  await form.getByRole('checkbox', { name: '游戏' }).check();
  await expect(form.getByLabel('游戏日志留存说明', { exact: true })).toBeVisible(); // 第七条
  await form.getByLabel('游戏日志留存说明', { exact: true }).fill('日志写入独立日志服务器，留存180天。');
  await typeDate(form.getByLabel('上线日期', { exact: true }), today);
  await form.getByRole('button', { name: '保存', exact: true }).click();
  await expect(form.getByText(/dup-1 已被另一台服务器使用/)).toBeVisible();
  await expect(form).toBeVisible();

  // Leave the screen and come back: the form is open again with everything typed.
  await page.getByRole('menuitem', { name: '概览' }).click();
  await openServers(page);
  const again = page.getByRole('region', { name: '新增服务器' });
  await expect(again.getByLabel('资产编号', { exact: true })).toHaveValue('dup-1');
  await expect(again.getByLabel('主机名', { exact: true })).toHaveValue('db01');
  await expect(again.getByRole('checkbox', { name: '游戏' })).toBeChecked();
  await expect(again.getByLabel('游戏日志留存说明', { exact: true })).toHaveValue('日志写入独立日志服务器，留存180天。');
  await expect(again.getByLabel('上线日期', { exact: true })).toHaveValue(today);

  await again.getByLabel('资产编号', { exact: true }).fill('GAME-1');
  await again.getByRole('button', { name: '保存', exact: true }).click();
  await expect(again).toBeHidden();
  await expect(serverRow(page, 'GAME-1')).toContainText('30 天后到期');
  await expect(serverRow(page, 'GAME-1')).not.toContainText('缺措施');

  // 删除 asks first, then the row is gone.
  await serverRow(page, 'DUP-1').getByRole('button', { name: /删除/ }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '删除', exact: true }).click();
  await expect(serverRow(page, 'DUP-1')).toHaveCount(0);
  await expect(page.getByText('共 1 台，显示 1 台')).toBeVisible();
});

test('服务器: search as you type, filter by 用途 and by 备案状态', async ({ app }) => {
  const { page } = app;
  await openServers(page);
  const servers = [
    { assetNo: 'S-FILED', hostname: 'filed.example.com', ips: ['198.51.100.1'], rack: 'R01', purposes: ['网站/虚拟空间'], onlineDate: addDays(today, -60), filedOn: addDays(today, -40) },
    { assetNo: 'S-LATE', hostname: 'late.example.com', ips: ['198.51.100.2'], rack: 'R02', purposes: ['电子邮件'], onlineDate: addDays(today, -31) },
    { assetNo: 'S-TODAY', hostname: 'today.example.com', ips: ['2001:db8::7'], rack: 'R03', purposes: ['域名解析'], onlineDate: addDays(today, -30) },
    { assetNo: 'S-SOON', hostname: 'soon.example.com', ips: ['198.51.100.4'], rack: 'R04', purposes: ['游戏'], onlineDate: addDays(today, -29) },
    { assetNo: 'S-NEW', hostname: 'new.example.com', ips: ['198.51.100.5'], rack: 'R05', purposes: ['网站/虚拟空间', '其他'], onlineDate: today },
  ];
  // Seeded through the app's API (the form itself is covered above).
  for (const s of servers) await seed(page, 'servers.save', s);
  await page.reload();
  await openServers(page);
  await expect(page.getByText('共 5 台，显示 5 台')).toBeVisible();
  await expect(serverRow(page, 'S-LATE')).toContainText('已逾期 1 天');
  await expect(serverRow(page, 'S-TODAY')).toContainText('今天到期');
  await expect(serverRow(page, 'S-SOON')).toContainText('1 天后到期');
  await expect(serverRow(page, 'S-FILED')).toContainText('已备案');

  const search = page.getByLabel('搜索服务器');
  await search.pressSequentially('198.51.100.2');
  await expect(page.getByText('共 5 台，显示 1 台')).toBeVisible();
  await expect(serverRow(page, 'S-LATE')).toHaveCount(1);
  await search.fill('2001:DB8');
  await expect(page.getByText('共 5 台，显示 1 台')).toBeVisible();
  await expect(serverRow(page, 'S-TODAY')).toHaveCount(1);
  await search.fill('r04');
  await expect(serverRow(page, 'S-SOON')).toHaveCount(1);
  await expect(page.getByText('共 5 台，显示 1 台')).toBeVisible();
  await search.fill('nothing-like-this');
  await expect(page.getByText('没有符合条件的服务器')).toBeVisible();
  await search.fill('');
  await expect(page.getByText('共 5 台，显示 5 台')).toBeVisible();

  const status = page.getByRole('radiogroup', { name: '按备案状态筛选' });
  // Button-style radios: the user clicks the visible text; the radio behind it becomes checked.
  const choose = async (name: string) => {
    await status.getByText(name, { exact: true }).click();
    await expect(status.getByRole('radio', { name })).toBeChecked();
  };
  const shownAssetNos = async (expected: string[]) => {
    await expect(page.getByText(`共 5 台，显示 ${expected.length} 台`)).toBeVisible();
    for (const s of servers) await expect(serverRow(page, s.assetNo)).toHaveCount(expected.includes(s.assetNo) ? 1 : 0);
  };
  await choose('已逾期');
  await shownAssetNos(['S-LATE']);
  await choose('7天内到期');
  await shownAssetNos(['S-TODAY', 'S-SOON']);
  await choose('未备案未到期');
  await shownAssetNos(['S-TODAY', 'S-SOON', 'S-NEW']);
  await choose('已备案');
  await shownAssetNos(['S-FILED']);
  await choose('全部');

  await pick(page.getByLabel('按用途筛选'), '网站/虚拟空间');
  await shownAssetNos(['S-FILED', 'S-NEW']);
  await choose('未备案未到期');
  await shownAssetNos(['S-NEW']);

  // The filters stay when the user comes back to the screen.
  await page.getByRole('menuitem', { name: '概览' }).click();
  await openServers(page);
  await shownAssetNos(['S-NEW']);
});
