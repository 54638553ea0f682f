import type { Page } from '@playwright/test';
import { jpegImage } from '../support/images';
import { test, expect } from './fixtures';

// 人员 as a user meets it: every field found by its visible label (docs/LABELS.md).

// Fictional numbers with correct MOD 11-2 check characters (GB 11643-1999).
const ID_1990_MALE = '35020319900101123X';
const ID_1990_WRONG_CHECK = '350203199001011230';
const ID_1985_FEMALE = '350203198512310026';

const REP = { name: '陈示例', idNumber: ID_1990_MALE, mobile: '13800000001', title: '总经理', roles: ['法定代表人', '主要负责人'] };

async function openScreen(page: Page, name: string) {
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
}

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
/** Answers the 删除 confirmation bubble, and waits for it to close. */
async function answerConfirm(page: Page, answer: '删除' | '取消') {
  const bubble = page.getByRole('tooltip').filter({ has: page.getByRole('button', { name: answer }) });
  await bubble.getByRole('button', { name: answer }).click();
  await expect(bubble).toHaveCount(0);
}

const save = (page: Page) => page.getByRole('button', { name: '保存', exact: true }).click();
const peopleTable = (page: Page) => page.getByRole('table', { name: '人员列表' });
const personRow = (page: Page, name: string) => peopleTable(page).getByRole('row').filter({ hasText: name });

async function choose(page: Page, label: string, option: string) {
  await field(page, label).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function fillPerson(page: Page, p: { name?: string; idType?: string; idNumber?: string; mobile?: string; title?: string; roles?: string[] }) {
  if (p.name !== undefined) await field(page, '姓名').fill(p.name);
  if (p.idType !== undefined) await choose(page, '证件类型', p.idType);
  if (p.idNumber !== undefined) await field(page, '证件号码').fill(p.idNumber);
  if (p.mobile !== undefined) await field(page, '手机号码').fill(p.mobile);
  if (p.title !== undefined) await field(page, '职务').fill(p.title);
  for (const role of p.roles ?? []) await page.getByRole('checkbox', { name: role }).check();
}

test('人员: a legal representative is saved with derived birth date and sex, masked in the list, and survives reload and restart', async ({ app }) => {
  let { page } = app;
  await openScreen(page, '人员');
  await expect(page.getByText(/第九条：备案须有一位法定代表人和至少一位主要负责人。尚未登记法定代表人；尚未登记主要负责人/)).toBeVisible();

  await page.getByRole('button', { name: '新增', exact: true }).click();
  await expect(field(page, '证件类型')).toBeVisible();
  await fillPerson(page, REP);
  // Derived as soon as the number is valid, shown as text, never as an input.
  await expect(page.getByText('出生日期 1990-01-01　性别 男')).toBeVisible();
  await expect(page.getByLabel('出生日期')).toHaveCount(0);
  await expect(page.getByLabel('性别')).toHaveCount(0);
  await save(page);

  const row = personRow(page, REP.name);
  await expect(row).toContainText('居民身份证');
  await expect(row).toContainText('3502**********123X');
  await expect(row).not.toContainText(ID_1990_MALE);
  await expect(row).toContainText(REP.mobile);
  await expect(row).toContainText(REP.title);
  await expect(row).toContainText('法定代表人');
  await expect(row).toContainText('主要负责人');
  await expect(row).toContainText('1990-01-01 男');
  await expect(page.getByText('已登记法定代表人 1 位、主要负责人 1 位，符合第九条的要求')).toBeVisible();

  const check = async () => {
    await openScreen(page, '人员');
    await expect(personRow(page, REP.name)).toContainText('3502**********123X');
    await expect(personRow(page, REP.name)).toContainText('1990-01-01 男');
  };
  await page.reload();
  await check();
  await app.restart();
  page = app.page;
  await check();

  // The form shows the number in full.
  await personRow(page, REP.name).getByRole('button', { name: '编辑' }).click();
  await expect(field(page, '证件号码')).toHaveValue(ID_1990_MALE);
  await expect(page.getByRole('checkbox', { name: '法定代表人' })).toBeChecked();
});

test('人员: a wrong check digit shows the validator’s message and keeps the other typed values; required fields are named', async ({ app }) => {
  const { page } = app;
  await openScreen(page, '人员');
  await page.getByRole('button', { name: '新增', exact: true }).click();
  await save(page);
  await expect(page.getByText('请填写姓名')).toBeVisible();
  await expect(page.getByText('请填写证件号码')).toBeVisible();

  await fillPerson(page, { ...REP, idNumber: ID_1990_WRONG_CHECK });
  await field(page, '证件号码').blur();
  await expect(page.getByText(/校验位（第18位）应为X/)).toBeVisible();
  await expect(page.getByText(/出生日期 1990-01-01/)).toHaveCount(0);
  await save(page);
  await expect(page.getByText(/校验位（第18位）应为X/)).toBeVisible();
  await expect(peopleTable(page).getByRole('row').filter({ hasText: REP.name })).toHaveCount(0);
  await expect(field(page, '姓名')).toHaveValue(REP.name);
  await expect(field(page, '证件号码')).toHaveValue(ID_1990_WRONG_CHECK);
  await expect(field(page, '手机号码')).toHaveValue(REP.mobile);
  await expect(field(page, '职务')).toHaveValue(REP.title);
  await expect(page.getByRole('checkbox', { name: '法定代表人' })).toBeChecked();

  // Still there after visiting another screen.
  await openScreen(page, '证照');
  await openScreen(page, '人员');
  await expect(field(page, '姓名')).toHaveValue(REP.name);
  await expect(field(page, '证件号码')).toHaveValue(ID_1990_WRONG_CHECK);

  await field(page, '证件号码').fill(ID_1990_MALE);
  await save(page);
  await expect(personRow(page, REP.name)).toContainText('1990-01-01 男');
  await expect(page.getByText(/校验位/)).toHaveCount(0);
});

test('人员: 签发国家 only for 护照; an old 台胞证 number is a warning, not an error; the same number twice is refused', async ({ app }) => {
  const { page } = app;
  await openScreen(page, '人员');
  await page.getByRole('button', { name: '新增', exact: true }).click();
  await expect(field(page, '签发国家')).toHaveCount(0);
  await choose(page, '证件类型', '护照');
  await field(page, '签发国家').fill('CHN');
  await field(page, '证件号码').fill('X1234567');
  await field(page, '证件号码').blur();
  await expect(page.getByText(/中国护照号码第1位应为E、G、P、S或D/)).toBeVisible();

  await choose(page, '证件类型', '台湾居民来往大陆通行证');
  await expect(field(page, '签发国家')).toHaveCount(0);
  await field(page, '姓名').fill('台测试');
  await field(page, '证件号码').fill('0561682001');
  await field(page, '证件号码').blur();
  await expect(page.getByText(/旧版台胞证/)).toBeVisible();
  await save(page);
  const tw = personRow(page, '台测试');
  await expect(tw).toContainText('05******01');
  await expect(tw).toContainText('请核对');

  await page.getByRole('button', { name: '新增', exact: true }).click();
  await fillPerson(page, { name: '另一人', idType: '台湾居民来往大陆通行证', idNumber: '0561682001' });
  await save(page);
  await expect(page.getByText(/这个台湾居民来往大陆通行证号码已登记给另一位人员/)).toBeVisible();
  await expect(field(page, '姓名')).toHaveValue('另一人');
});

/**
 * A direct API call from the page, for set-up that belongs to another screen: Electron's bridge when
 * present, otherwise the browser host's HTTP API with the page's own token.
 */
async function callApi<T>(page: Page, method: string, input: unknown): Promise<T> {
  const reply = await page.evaluate(
    async ([m, i]) => {
      const bridge = (window as unknown as { beian?: Record<string, (x: unknown) => Promise<unknown>> }).beian;
      if (bridge) return bridge[m as string]!(i);
      const token = sessionStorage.getItem('beian.token') ?? '';
      const res = await fetch(`/api/${m as string}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-beian-token': token },
        body: JSON.stringify(i),
      });
      return res.json();
    },
    [method, input] as const,
  );
  const r = reply as { ok: boolean; result?: T; error?: { message: string } };
  if (!r.ok) throw new Error(`${method}: ${r.error?.message}`);
  return r.result as T;
}

test('人员: removing the leader of the 信息网络安全小组 is refused with the reason; removing someone else asks first', async ({ app }) => {
  const { page } = app;
  await openScreen(page, '人员');
  await page.getByRole('button', { name: '新增', exact: true }).click();
  await fillPerson(page, REP);
  await save(page);
  await expect(personRow(page, REP.name)).toBeVisible();
  await page.getByRole('button', { name: '新增', exact: true }).click();
  await fillPerson(page, { name: '林演示', idNumber: ID_1985_FEMALE, roles: ['安全员'] });
  await save(page);
  await expect(personRow(page, '林演示')).toContainText('1985-12-31 女');

  const people = await callApi<{ id: string; name: string }[]>(page, 'people.list', {});
  const leader = people.find((p) => p.name === REP.name)!;
  await callApi(page, 'securityGroup.save', { establishedOn: '2025-01-01', leaderId: leader.id, members: [{ personId: leader.id, duty: '组长' }] });

  await personRow(page, REP.name).getByRole('button', { name: '删除' }).click();
  await answerConfirm(page, '删除');
  await expect(page.getByRole('alert').filter({ hasText: '未能删除' })).toContainText('不能删除：此人仍是信息网络安全小组组长');
  await expect(personRow(page, REP.name)).toBeVisible();

  await personRow(page, '林演示').getByRole('button', { name: '删除' }).click();
  await answerConfirm(page, '取消');
  await expect(personRow(page, '林演示')).toBeVisible();
  await personRow(page, '林演示').getByRole('button', { name: '删除' }).click();
  await answerConfirm(page, '删除');
  await expect(personRow(page, '林演示')).toHaveCount(0);
  await page.reload();
  await openScreen(page, '人员');
  await expect(personRow(page, REP.name)).toBeVisible();
  await expect(personRow(page, '林演示')).toHaveCount(0);
});

test('人员: 证件正面 and 证件反面 added through 上传 show their thumbnails after a reload', async ({ app }) => {
  const { page } = app;
  await openScreen(page, '人员');
  await page.getByRole('button', { name: '新增', exact: true }).click();
  await fillPerson(page, REP);
  for (const [side, colour] of [['证件正面', '#1f5f99'], ['证件反面', '#99631f']] as const) {
    const chooser = page.waitForEvent('filechooser');
    await page.getByLabel(`上传${side}`).click();
    await (await chooser).setFiles({ name: `${side}.jpg`, mimeType: 'image/jpeg', buffer: await jpegImage(856, 540, colour) });
    await expect(page.getByRole('img', { name: side })).toBeVisible();
  }
  await save(page);
  await expect(personRow(page, REP.name)).toContainText('正反面齐全');

  await page.reload();
  await openScreen(page, '人员');
  await expect(personRow(page, REP.name)).toContainText('正反面齐全');
  await personRow(page, REP.name).getByRole('button', { name: '编辑' }).click();
  for (const side of ['证件正面', '证件反面']) {
    const img = page.getByRole('img', { name: side });
    await expect(img).toBeVisible();
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0);
  }
});
