import type { Page } from '@playwright/test';
import { todayInShanghai } from '../../shared/identity/calendarDate';
import { addDays } from '../../shared/records/dates';
import { test, expect, complianceRow, complianceRowFix } from './fixtures';
import { UNIT } from './data';
import { seed } from './seed';

// 安全事件 (第十三条（五）) as a user meets it: every field by its visible label (INCIDENT_LABELS), the list by
// its accessible name. The server is seeded through the app's own API (服务器 has its own spec).

let today = todayInShanghai();
let occurred = `${addDays(today, -2)} 09:30`;
let reported = `${addDays(today, -1)} 16:05`;
// Taken again before each test: a run may cross midnight in China (16:00 UTC).
test.beforeEach(() => {
  today = todayInShanghai();
  occurred = `${addDays(today, -2)} 09:30`;
  reported = `${addDays(today, -1)} 16:05`;
});

async function openScreen(page: Page, name: string) {
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
}

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

/** A date-and-time picker: type YYYY-MM-DD HH:mm and confirm with Enter. */
async function typeDateTime(page: Page, label: string, value: string) {
  const input = field(page, label);
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  await expect(input).toHaveValue(value);
}

const save = (page: Page) => page.getByRole('button', { name: '保存', exact: true }).click();
const incidentRow = (page: Page, text: string) => page.getByRole('table', { name: '安全事件列表' }).getByRole('row').filter({ hasText: text });

test('安全事件: an unreported 案件 is listed as 未报告; 报告公安机关时间 without 接报单位及人员 is refused on the field, then saved', async ({ app }) => {
  const { page } = app;
  await seed(page, 'servers.save', { assetNo: 'XM-SEC-0001', hostname: 'game01.example.com', purposes: ['网站/虚拟空间'], onlineDate: addDays(today, -100) });

  await openScreen(page, '安全事件');
  await expect(page.getByText('第十三条（五）').first()).toBeVisible();
  await page.getByRole('button', { name: '新增', exact: true }).click();
  await typeDateTime(page, '发生时间', occurred);
  await page.getByRole('radio', { name: '案件' }).check();
  await field(page, '事件名称').fill('服务器被植入木马');
  await field(page, '涉及服务器').click();
  await page.getByRole('option', { name: 'XM-SEC-0001（game01.example.com）' }).click();
  await field(page, '经过描述').fill('巡检发现异常进程，对外发起扫描。');
  await field(page, '处置措施').fill('断网隔离，保全日志。');
  await save(page);

  await expect(page.getByText(`已保存：${occurred} 案件 服务器被植入木马`)).toBeVisible();
  const row = incidentRow(page, '服务器被植入木马');
  await expect(row).toContainText(occurred);
  await expect(row).toContainText('案件');
  await expect(row).toContainText('涉及服务器：XM-SEC-0001（game01.example.com）');
  await expect(row).toContainText('未报告');
  await expect(page.getByText('1 起事故或案件尚未报告公安机关（第十三条（五））')).toBeVisible();

  // Reported, but to whom is missing: refused under 接报单位及人员, and what was typed stays.
  await row.getByRole('button', { name: '编辑 服务器被植入木马' }).click();
  await expect(field(page, '事件名称')).toHaveValue('服务器被植入木马');
  await typeDateTime(page, '报告公安机关时间', reported);
  await save(page);
  await expect(page.getByText('已报告公安机关时请填写接报单位及人员')).toBeVisible();
  await expect(field(page, '接报单位及人员')).toHaveAccessibleDescription(/已报告公安机关时请填写接报单位及人员/);
  await expect(field(page, '报告公安机关时间')).toHaveValue(reported);
  await expect(field(page, '经过描述')).toHaveValue('巡检发现异常进程，对外发起扫描。');
  await expect(incidentRow(page, '服务器被植入木马')).toContainText('未报告');

  await field(page, '接报单位及人员').fill('厦门市公安局网安支队 王警官');
  await expect(page.getByText('已报告公安机关时请填写接报单位及人员')).toHaveCount(0);
  await save(page);
  await expect(page.getByText(`已保存：${occurred} 案件 服务器被植入木马`)).toBeVisible();
  const fixed = incidentRow(page, '服务器被植入木马');
  await expect(fixed).toContainText(reported);
  await expect(fixed).toContainText('厦门市公安局网安支队 王警官');
  await expect(fixed).not.toContainText('未报告');
  await expect(page.getByText(/尚未报告公安机关（第十三条（五））/)).toHaveCount(0);

  // Kept after a reload.
  await page.reload();
  await openScreen(page, '安全事件');
  await expect(incidentRow(page, '服务器被植入木马')).toContainText(reported);

  // 变更记录 names the server, not its internal id.
  await openScreen(page, '变更记录');
  const serverChange = page
    .getByRole('table', { name: '变更记录' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: '涉及服务器', exact: true }) });
  await expect(serverChange).toContainText('XM-SEC-0001（game01.example.com）');
});

test('安全事件: a report time before the incident is refused under 报告公安机关时间; 删除 asks first', async ({ app }) => {
  const { page } = app;
  await openScreen(page, '安全事件');
  await page.getByRole('button', { name: '新增', exact: true }).click();
  // A time after now is most likely a slip: said, not refused.
  await typeDateTime(page, '发生时间', `${addDays(today, 1)} 23:59`);
  await expect(page.getByText(/^发生时间晚于现在（北京时间 /)).toBeVisible();
  await typeDateTime(page, '发生时间', occurred);
  await expect(page.getByText(/^发生时间晚于现在/)).toHaveCount(0);
  await page.getByRole('radio', { name: '事件' }).check();
  await field(page, '事件名称').fill('机房短时断电');
  await field(page, '经过描述').fill('市电中断 3 分钟，UPS 供电正常。');
  await save(page);
  const row = incidentRow(page, '机房短时断电');
  await expect(row).toContainText('事件');
  await expect(row).toContainText('未报告');

  await row.getByRole('button', { name: '编辑 机房短时断电' }).click();
  await typeDateTime(page, '报告公安机关时间', `${addDays(today, -3)} 08:00`);
  await field(page, '接报单位及人员').fill('思明派出所');
  await save(page);
  await expect(page.getByText('报告公安机关时间不能早于发生时间')).toBeVisible();
  await page.getByRole('button', { name: '取消', exact: true }).click();

  await incidentRow(page, '机房短时断电').getByRole('button', { name: '删除 机房短时断电' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '删除' }).click();
  await expect(incidentRow(page, '机房短时断电')).toHaveCount(0);
  await expect(page.getByText('尚未登记安全事件')).toBeVisible();
});

test('概览: an unreported 案件 makes 第十三条（五） red for an IDC机房服务单位; 去处理 opens 安全事件', async ({ app }) => {
  const { page } = app;
  await seed(page, 'unit.save', { ...UNIT, roles: ['IDC机房服务单位'] });
  await seed(page, 'incidents.save', { occurredAt: occurred, kind: '案件', title: '数据被窃取', description: '发现异常外传流量。' });

  // The app opened on 概览 before the records were seeded: check again.
  await openScreen(page, '概览');
  await page.getByRole('button', { name: '重新检查' }).click();
  const row = complianceRow(page, '第十三条（五）', '安全事件、事故和案件上报制度');
  await expect(row).toContainText('未满足');
  await expect(row).toContainText(`${occurred} 案件“数据被窃取”：尚未报告公安机关`);
  await complianceRowFix(page, '第十三条（五）', '安全事件、事故和案件上报制度').click();
  await expect(page.getByRole('heading', { level: 2, name: '安全事件', exact: true })).toBeVisible();
  await expect(incidentRow(page, '数据被窃取')).toContainText('未报告');
});
