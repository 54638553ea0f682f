import type { Page } from '@playwright/test';
import { todayInShanghai } from '../../shared/identity/calendarDate';
import { addDays } from '../../shared/records/dates';
import { test, expect, complianceRow, complianceRowFix } from './fixtures';
import { UNIT } from './data';

// 概览's 合规检查 and 即将到期 as a user meets them. The unit is filled in through its form; servers are
// seeded through the app's own API (the 服务器 screen is built in parallel with this test), exactly as the
// renderer calls it: window.beian in Electron, POST /api/<method> with the page's token in the browser host.

let today = todayInShanghai();
// Taken again before each test: a run may cross midnight in China (16:00 UTC).
test.beforeEach(() => {
  today = todayInShanghai();
});

async function openScreen(page: Page, name: string) {
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
}

async function callApi<T>(page: Page, method: string, input: unknown): Promise<T> {
  const reply = await page.evaluate(
    async ({ method, input }) => {
      const bridge = (window as unknown as { beian?: Record<string, (i: unknown) => Promise<unknown>> }).beian;
      if (bridge) return bridge[method]!(input);
      const token = new URLSearchParams(location.hash.slice(1)).get('token') ?? sessionStorage.getItem('beian.token') ?? '';
      const response = await window.fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-beian-token': token },
        body: JSON.stringify(input),
      });
      return response.json();
    },
    { method, input },
  );
  const envelope = reply as { ok: boolean; result?: T; error?: { message: string } };
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error?.message}`);
  return envelope.result as T;
}

async function saveUnit(page: Page, roles: readonly string[]) {
  await openScreen(page, '单位信息');
  await page.getByLabel('单位名称', { exact: true }).fill(UNIT.name);
  await page.getByLabel('统一社会信用代码', { exact: true }).fill(UNIT.creditCode);
  for (const role of roles) await page.getByRole('checkbox', { name: role }).check();
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('已保存', { exact: true })).toBeVisible();
}

const complianceTable = (page: Page) => page.getByRole('table', { name: '合规检查' });

test('第八条: a server online 25 days ago shows "5 天后到期（第八条）", amber, and turns green once filed', async ({ app }) => {
  const { page } = app;
  await saveUnit(page, ['服务器架设单位']);
  const server = await callApi<Record<string, unknown> & { id: string }>(page, 'servers.save', {
    assetNo: 'XM-E2E-0001',
    purposes: ['网站/虚拟空间'],
    onlineDate: addDays(today, -25),
  });

  await openScreen(page, '概览');
  const row = complianceRow(page, '第八条', '服务器联网三十日内备案');
  await expect(row).toContainText('需注意');
  await expect(row).toContainText('服务器联网三十日内备案');
  await expect(row).toContainText('1 台服务器尚未备案');
  await expect(row).toContainText(`XM-E2E-0001：上线日期 ${addDays(today, -25)}，备案期限 ${addDays(today, 5)}，5 天后到期（第八条）`);

  const deadlines = page.getByRole('table', { name: '即将到期' });
  const deadline = deadlines.getByRole('row').filter({ hasText: '5 天后到期（第八条）' });
  await expect(deadline).toContainText(addDays(today, 5));
  await expect(deadline).toContainText('服务器 XM-E2E-0001');

  // 去处理 leads to the screen that fixes it.
  await complianceRowFix(page, '第八条', '服务器联网三十日内备案').click();
  await expect(page.getByRole('heading', { level: 2, name: '服务器', exact: true })).toBeVisible();

  // 备案日期 set: back on 概览 (which checks again whenever it is shown) the row is green.
  const { filingDeadline: _derived, id, ...fields } = server;
  await callApi(page, 'servers.save', { ...fields, id, filedOn: today });
  await openScreen(page, '概览');
  await expect(complianceRow(page, '第八条', '服务器联网三十日内备案')).toContainText('符合');
  await expect(complianceRow(page, '第八条', '服务器联网三十日内备案')).toContainText('全部 1 台服务器均已备案');
  await expect(complianceRow(page, '第八条', '服务器联网三十日内备案')).not.toContainText('需注意');
  await expect(page.getByText('近期没有到期的事项', { exact: false })).toBeVisible();
  await expect(deadlines).toBeHidden();
});

test('第八条 boundaries: due today is amber, a day past it is red', async ({ app }) => {
  const { page } = app;
  await saveUnit(page, ['服务器架设单位']);
  await callApi(page, 'servers.save', { assetNo: 'XM-30', purposes: ['其他'], onlineDate: addDays(today, -30) });
  await openScreen(page, '概览');
  await expect(complianceRow(page, '第八条', '服务器联网三十日内备案')).toContainText('需注意');
  await expect(complianceRow(page, '第八条', '服务器联网三十日内备案')).toContainText('XM-30');
  await expect(complianceRow(page, '第八条', '服务器联网三十日内备案')).toContainText('今天到期（第八条）');

  await callApi(page, 'servers.save', { assetNo: 'XM-31', purposes: ['其他'], onlineDate: addDays(today, -31) });
  await page.getByRole('button', { name: '重新检查' }).click();
  await expect(complianceRow(page, '第八条', '服务器联网三十日内备案')).toContainText('未满足');
  await expect(complianceRow(page, '第八条', '服务器联网三十日内备案')).toContainText('已逾期 1 天（第八条）');
  // The overdue server is listed first, in the row and among the deadlines.
  await expect(complianceRow(page, '第八条', '服务器联网三十日内备案').getByRole('listitem').first()).toContainText('XM-31');
  await expect(page.getByRole('table', { name: '即将到期' }).getByRole('row').nth(1)).toContainText('XM-31');
});

test('第十条: 21 servers and no own security group shows what the article requires', async ({ app }) => {
  const { page } = app;
  await saveUnit(page, ['服务器架设单位']);
  for (let i = 1; i <= 21; i++) {
    await callApi(page, 'servers.save', { assetNo: `XM-${String(i).padStart(4, '0')}`, purposes: ['网站/虚拟空间'], onlineDate: addDays(today, -60), filedOn: addDays(today, -50) });
  }
  await openScreen(page, '概览');
  const row = complianceRow(page, '第十条', '信息网络安全小组');
  await expect(row).toContainText('未满足');
  await expect(row).toContainText('共 21 台服务器，超过二十台：须自行成立信息网络安全小组：由法定代表人或主要负责人任组长，并有网络管理员和安全员，建立安全保护制度');
  await expect(row).toContainText('尚未登记信息网络安全小组');
  await expect(complianceRow(page, '第八条', '服务器联网三十日内备案')).toContainText('符合');

  await complianceRowFix(page, '第十条', '信息网络安全小组').click();
  await expect(page.getByRole('heading', { level: 2, name: '信息网络安全小组', exact: true })).toBeVisible();
});

test('without 单位类型 no article applies yet, and the card says how to fix that', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { level: 2, name: '概览' })).toBeVisible();
  await expect(page.getByText('尚无适用的条款')).toBeVisible();
  await expect(complianceTable(page)).toBeHidden();
  await page.getByRole('button', { name: '选择单位类型' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '单位信息', exact: true })).toBeVisible();

  // An IDC room: 第二条, 第十三条（一） and （二） apply; the monthly report is listed as not checked, with no status.
  await saveUnit(page, ['IDC机房服务单位']);
  await openScreen(page, '概览');
  await expect(complianceRow(page, '第二条', 'IDC机房服务单位提交备案资料')).toContainText('未满足');
  await expect(complianceRow(page, '第二条', 'IDC机房服务单位提交备案资料')).toContainText('联系电话');
  await expect(complianceRow(page, '第十三条（一）', 'IDC机房信息网络安全小组')).toContainText('未满足');
  const roster = complianceRow(page, '第十三条（二）', '专人二十四小时值班');
  await expect(roster).toContainText('未满足');
  await expect(roster).toContainText('尚未建立二十四小时值班表（第十三条（二））');
  const notChecked = page.getByRole('list', { name: '暂未检查的条款' });
  await expect(notChecked).toContainText('第十三条（四）');
  await expect(notChecked).not.toContainText('第十三条（二）');
  await expect(notChecked).not.toContainText('第十三条（三）');
  await complianceRowFix(page, '第十三条（二）', '专人二十四小时值班').click();
  await expect(page.getByRole('heading', { level: 2, name: '值班表', exact: true })).toBeVisible();
});
