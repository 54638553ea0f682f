import type { Page } from '@playwright/test';
import { todayInShanghai } from '../../shared/identity/calendarDate';
import { addDays } from '../../shared/records/dates';
import { jpegImage } from '../support/images';
import { test, expect } from './fixtures';
import { UNIT, VALID_CREDIT_CODE, WRONG_CHECK_CREDIT_CODE } from './data';

// 证照 as a user meets it: every field found by its visible label (docs/LABELS.md); dates relative to today.

let today = todayInShanghai();
// Taken again before each test: a run may cross midnight in China (16:00 UTC).
test.beforeEach(() => {
  today = todayInShanghai();
});

async function openScreen(page: Page, name: string) {
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
}

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

/** An antd Select: open it by its label, pick the option by its text. */
async function choose(page: Page, label: string, ...options: string[]) {
  await field(page, label).click();
  for (const option of options) await page.getByRole('option', { name: option, exact: true }).click();
  await field(page, label).press('Escape');
}

/** An antd DatePicker: type the date as YYYY-MM-DD and confirm with Enter. */
async function typeDate(page: Page, label: string, date: string) {
  const input = field(page, label);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
  await expect(input).toHaveValue(date);
}

/** Answers the 删除 confirmation bubble, and waits for it to close. */
async function answerConfirm(page: Page, answer: '删除' | '取消') {
  const bubble = page.getByRole('tooltip').filter({ has: page.getByRole('button', { name: answer }) });
  await bubble.getByRole('button', { name: answer }).click();
  await expect(bubble).toHaveCount(0);
}

const save = (page: Page) => page.getByRole('button', { name: '保存', exact: true }).click();
const licenseTable = (page: Page) => page.getByRole('table', { name: '证照列表' });
const licenseRow = (page: Page, text: string) => licenseTable(page).getByRole('row').filter({ hasText: text });

interface TelecomLicense {
  number: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  scopes: string[];
}

async function addTelecomLicense(page: Page, l: TelecomLicense) {
  await page.getByRole('button', { name: '新增', exact: true }).click();
  await choose(page, '证照类型', '电信业务经营许可证');
  await field(page, '证照编号').fill(l.number);
  await field(page, '发证机关').fill(l.issuer);
  await typeDate(page, '有效期起', l.validFrom);
  await typeDate(page, '有效期至', l.validTo);
  await choose(page, '业务种类', ...l.scopes);
  await save(page);
}

const telecomLicense = (): TelecomLicense => ({
  number: '闽B1-20190001',
  issuer: '福建省通信管理局',
  validFrom: addDays(today, -700),
  validTo: addDays(today, 30),
  scopes: ['B11 互联网数据中心业务', 'B14 互联网接入服务业务'],
});

test('证照: a telecom license and a 长期 营业执照 are saved, listed with their state, and survive reload and restart', async ({ app }) => {
  let { page } = app;
  await openScreen(page, '证照');
  await addTelecomLicense(page, telecomLicense());
  await expect(page.getByText(`已保存：电信业务经营许可证 ${telecomLicense().number}`)).toBeVisible();
  const telecom = licenseRow(page, telecomLicense().number);
  await expect(telecom).toContainText('电信业务经营许可证');
  await expect(telecom).toContainText(telecomLicense().issuer);
  await expect(telecom).toContainText(telecomLicense().validTo);
  await expect(telecom).toContainText('B11');
  await expect(telecom).toContainText('B14');
  await expect(telecom).toContainText('30 天后到期');

  await page.getByRole('button', { name: '新增', exact: true }).click();
  await choose(page, '证照类型', '营业执照');
  await field(page, '证照编号').fill(VALID_CREDIT_CODE.toLowerCase());
  await field(page, '发证机关').fill('厦门市市场监督管理局');
  await typeDate(page, '有效期起', addDays(today, -3000));
  await page.getByRole('checkbox', { name: '长期' }).check();
  await expect(field(page, '有效期至')).toBeDisabled();
  await save(page);
  const business = licenseRow(page, VALID_CREDIT_CODE);
  await expect(business).toContainText('营业执照');
  await expect(business).toContainText('长期');
  await expect(business).toContainText('有效');

  const check = async () => {
    await openScreen(page, '证照');
    await expect(licenseRow(page, telecomLicense().number)).toContainText('30 天后到期');
    await expect(licenseRow(page, VALID_CREDIT_CODE)).toContainText('长期');
  };
  await page.reload();
  await check();
  await app.restart();
  page = app.page;
  await check();

  // 编辑 shows the saved values in the form.
  await licenseRow(page, telecomLicense().number).getByRole('button', { name: '编辑' }).click();
  await expect(field(page, '证照编号')).toHaveValue(telecomLicense().number);
  await expect(field(page, '有效期至')).toHaveValue(telecomLicense().validTo);
  await expect(field(page, '发证机关')).toHaveValue(telecomLicense().issuer);
});

test('证照: required fields left empty show their messages; a wrong credit code keeps everything typed, also across screens', async ({ app }) => {
  const { page } = app;
  await openScreen(page, '证照');
  await page.getByRole('button', { name: '新增', exact: true }).click();
  await save(page);
  await expect(page.getByText('请选择证照类型')).toBeVisible();
  await expect(page.getByText('请填写证照编号')).toBeVisible();
  await expect(page.getByText('请填写有效期至，或勾选“长期”')).toBeVisible();
  await expect(licenseTable(page).getByRole('row')).toHaveCount(2); // header + the empty-table row

  await choose(page, '证照类型', '营业执照');
  await expect(page.getByText('请选择证照类型')).toHaveCount(0);
  await field(page, '证照编号').fill(WRONG_CHECK_CREDIT_CODE);
  await field(page, '发证机关').fill('厦门市市场监督管理局');
  const validFrom = addDays(today, -365);
  await typeDate(page, '有效期起', validFrom);
  await page.getByRole('checkbox', { name: '长期' }).check();
  await save(page);
  await expect(page.getByText(/统一社会信用代码.*校验位.*应为X/)).toBeVisible();
  await expect(page.getByText('已保存', { exact: false })).toHaveCount(0);
  await expect(field(page, '发证机关')).toHaveValue('厦门市市场监督管理局');
  await expect(field(page, '有效期起')).toHaveValue(validFrom);
  await expect(page.getByRole('checkbox', { name: '长期' })).toBeChecked();

  // Leaving the screen loses nothing typed.
  await openScreen(page, '概览');
  await openScreen(page, '证照');
  await expect(field(page, '证照类型')).toBeVisible();
  await expect(page.getByText('营业执照的证照编号即统一社会信用代码')).toBeVisible();
  await expect(field(page, '证照编号')).toHaveValue(WRONG_CHECK_CREDIT_CODE);
  await expect(field(page, '发证机关')).toHaveValue('厦门市市场监督管理局');
  await expect(field(page, '有效期起')).toHaveValue(validFrom);

  await field(page, '证照编号').fill(VALID_CREDIT_CODE);
  await save(page);
  await expect(licenseRow(page, VALID_CREDIT_CODE)).toContainText('长期');
  await expect(page.getByText(/校验位/)).toHaveCount(0);
});

test('证照: telecom license rules — 业务种类 required, 有效期至 not before 有效期起, 长期 disables 有效期至', async ({ app }) => {
  const { page } = app;
  await openScreen(page, '证照');
  await page.getByRole('button', { name: '新增', exact: true }).click();
  await choose(page, '证照类型', '电信业务经营许可证');
  await field(page, '证照编号').fill(telecomLicense().number);
  await typeDate(page, '有效期起', addDays(today, -10));
  await typeDate(page, '有效期至', addDays(today, -11));
  await save(page);
  await expect(page.getByText('有效期至不能早于有效期起')).toBeVisible();
  await expect(page.getByText('请选择至少一项业务种类')).toBeVisible();
  await expect(field(page, '证照编号')).toHaveValue(telecomLicense().number);

  await page.getByRole('checkbox', { name: '长期' }).check();
  await expect(field(page, '有效期至')).toBeDisabled();
  await expect(page.getByText('有效期至不能早于有效期起')).toHaveCount(0);
  await page.getByRole('checkbox', { name: '长期' }).uncheck();
  await expect(field(page, '有效期至')).toBeEnabled();
  // The date typed before 长期 was checked is still there.
  await expect(field(page, '有效期至')).toHaveValue(addDays(today, -11));

  // Yesterday: saved, and flagged as expired.
  await typeDate(page, '有效期至', addDays(today, -1));
  await choose(page, '业务种类', 'B11 互联网数据中心业务');
  await save(page);
  await expect(licenseRow(page, telecomLicense().number)).toContainText('已过期');
  await expect(page.getByRole('alert').filter({ hasText: '已过期' })).toBeVisible();
});

test('证照: 营业执照 number pre-filled from 单位信息; 删除 asks first', async ({ app }) => {
  const { page } = app;
  await openScreen(page, '单位信息');
  await page.getByRole('textbox', { name: '单位名称', exact: true }).fill(UNIT.name);
  await page.getByRole('textbox', { name: '统一社会信用代码', exact: true }).fill(UNIT.creditCode);
  await save(page);
  await expect(page.getByText('已保存', { exact: true })).toBeVisible();

  await openScreen(page, '证照');
  await page.getByRole('button', { name: '新增', exact: true }).click();
  await choose(page, '证照类型', '营业执照');
  await expect(field(page, '证照编号')).toHaveValue(UNIT.creditCode);
  await expect(page.getByText('已按单位信息填入统一社会信用代码')).toBeVisible();
  await page.getByRole('checkbox', { name: '长期' }).check();
  await save(page);
  const row = licenseRow(page, UNIT.creditCode);
  await expect(row).toBeVisible();

  // 删除, then 取消: nothing happens. 删除, then confirm: gone, also after a reload.
  await row.getByRole('button', { name: '删除' }).click();
  await answerConfirm(page, '取消');
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: '删除' }).click();
  await answerConfirm(page, '删除');
  await expect(row).toHaveCount(0);
  await page.reload();
  await openScreen(page, '证照');
  await expect(licenseTable(page)).toBeVisible();
  await expect(licenseRow(page, UNIT.creditCode)).toHaveCount(0);
});

test('证照: a scan added through 上传 shows its thumbnail, is counted in the list, and is still there after a reload', async ({ app }) => {
  const { page } = app;
  await openScreen(page, '证照');
  await page.getByRole('button', { name: '新增', exact: true }).click();
  await choose(page, '证照类型', '营业执照');
  await field(page, '证照编号').fill(VALID_CREDIT_CODE);
  await page.getByRole('checkbox', { name: '长期' }).check();

  const chooser = page.waitForEvent('filechooser');
  await page.getByLabel('上传证照扫描件').click();
  await (await chooser).setFiles({ name: '营业执照.jpg', mimeType: 'image/jpeg', buffer: await jpegImage(640, 480) });
  const thumbnail = page.getByRole('img', { name: '证照扫描件 1' });
  await expect(thumbnail).toBeVisible();
  await save(page);
  await expect(licenseRow(page, VALID_CREDIT_CODE)).toContainText('1 张');

  await page.reload();
  await openScreen(page, '证照');
  await expect(licenseRow(page, VALID_CREDIT_CODE)).toContainText('1 张');
  await licenseRow(page, VALID_CREDIT_CODE).getByRole('button', { name: '编辑' }).click();
  await expect(thumbnail).toBeVisible();
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
});
