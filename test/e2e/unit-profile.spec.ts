import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import {
  ALL_ROLES,
  CREDIT_CODE_WITH_O,
  LOWER_CASE_CREDIT_CODE,
  OTHER_VALID_CREDIT_CODE,
  SHORT_CREDIT_CODE,
  UNIT,
  VALID_CREDIT_CODE,
  WRONG_CHECK_CREDIT_CODE,
} from './data';

// 单位信息 as a user meets it: every field found by its visible label (docs/LABELS.md).

const TEXT_FIELDS = {
  单位名称: UNIT.name,
  统一社会信用代码: UNIT.creditCode,
  注册地址: UNIT.registeredAddress,
  办公地址: UNIT.officeAddress,
  联系电话: UNIT.phone,
  电子邮箱: UNIT.email,
} as const;

async function openScreen(page: Page, name: string) {
  await page.getByRole('menuitem', { name }).click();
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
}

async function fillUnit(page: Page, fields: Partial<Record<keyof typeof TEXT_FIELDS, string>> = TEXT_FIELDS, roles: readonly string[] = UNIT.roles) {
  for (const [label, value] of Object.entries(fields)) {
    await page.getByLabel(label, { exact: true }).fill(value);
  }
  for (const role of roles) await page.getByRole('checkbox', { name: role }).check();
}

async function save(page: Page) {
  await page.getByRole('button', { name: '保存', exact: true }).click();
}

async function expectUnitShown(page: Page, fields: Partial<Record<keyof typeof TEXT_FIELDS, string>> = TEXT_FIELDS, roles: readonly string[] = UNIT.roles) {
  for (const [label, value] of Object.entries(fields)) {
    await expect(page.getByLabel(label, { exact: true })).toHaveValue(value);
  }
  for (const role of ALL_ROLES) {
    const box = page.getByRole('checkbox', { name: role });
    if (roles.includes(role)) await expect(box).toBeChecked();
    else await expect(box).not.toBeChecked();
  }
}

test('单位信息: saved values survive a reload and a restart of the app', async ({ app }) => {
  await openScreen(app.page, '单位信息');
  // A screen reader hears exactly the label (no asterisk, no colon).
  for (const label of Object.keys(TEXT_FIELDS)) {
    await expect(app.page.getByRole('textbox', { name: label, exact: true })).toBeVisible();
  }
  await expect(app.page.getByRole('group', { name: '单位类型', exact: true })).toBeVisible();
  await fillUnit(app.page);
  await save(app.page);
  await expect(app.page.getByText('已保存', { exact: true })).toBeVisible();
  await expect(app.page.getByRole('banner')).toContainText(UNIT.name);

  await app.page.reload();
  await openScreen(app.page, '单位信息');
  await expectUnitShown(app.page);

  await app.restart();
  await expect(app.page.getByRole('banner')).toContainText(UNIT.name);
  await openScreen(app.page, '单位信息');
  await expectUnitShown(app.page);
});

test('单位信息: a wrong 统一社会信用代码 gets the validator’s own message and nothing typed is lost', async ({ app }) => {
  const { page } = app;
  await openScreen(page, '单位信息');
  const others = { ...TEXT_FIELDS, 统一社会信用代码: WRONG_CHECK_CREDIT_CODE };
  await fillUnit(page, others);
  const code = page.getByLabel('统一社会信用代码', { exact: true });

  // On blur: the last character changed → the check character should be X.
  await code.blur();
  await expect(page.getByText(/校验位.*应为X/)).toBeVisible();

  // On 保存: still refused, still the same message, every other value still in its field.
  await save(page);
  await expect(page.getByText(/校验位.*应为X/)).toBeVisible();
  await expect(page.getByText('已保存', { exact: true })).toHaveCount(0);
  await expectUnitShown(page, others);

  // A letter the code never uses.
  await code.fill(CREDIT_CODE_WITH_O);
  await code.blur();
  await expect(page.getByText(/不允许的字符「O」/)).toBeVisible();
  await save(page);
  await expect(page.getByText(/不允许的字符「O」/)).toBeVisible();
  await expectUnitShown(page, { ...others, 统一社会信用代码: CREDIT_CODE_WITH_O });

  // Wrong length.
  await code.fill(SHORT_CREDIT_CODE);
  await code.blur();
  await expect(page.getByText(/长度应为18位/)).toBeVisible();

  // Corrected: saved, and the message is gone.
  await code.fill(VALID_CREDIT_CODE);
  await save(page);
  await expect(page.getByText('已保存', { exact: true })).toBeVisible();
  await expect(page.getByText(/长度应为18位，|校验位.*应为X|不允许的字符「/)).toHaveCount(0);
  await expect(code).not.toHaveAttribute('aria-invalid', 'true');
  await expectUnitShown(page);
});

test('单位信息: an empty 单位名称 shows its required message and keeps the rest', async ({ app }) => {
  const { page } = app;
  await openScreen(page, '单位信息');
  const { 单位名称: _name, ...rest } = TEXT_FIELDS;
  await fillUnit(page, rest);
  await save(page);
  await expect(page.getByText('请填写单位名称')).toBeVisible();
  await expect(page.getByText('已保存', { exact: true })).toHaveCount(0);
  await expectUnitShown(page, { ...rest, 单位名称: '' });

  await page.getByLabel('单位名称', { exact: true }).fill(UNIT.name);
  await save(page);
  await expect(page.getByText('已保存', { exact: true })).toBeVisible();
  await expect(page.getByText('请填写单位名称')).toHaveCount(0);
});

test('单位信息: a valid code typed in lower case is saved in upper case', async ({ app }) => {
  const { page } = app;
  await openScreen(page, '单位信息');
  await fillUnit(page, { 单位名称: UNIT.name, 统一社会信用代码: LOWER_CASE_CREDIT_CODE }, []);
  await save(page);
  await expect(page.getByText('已保存', { exact: true })).toBeVisible();
  await expect(page.getByLabel('统一社会信用代码', { exact: true })).toHaveValue(OTHER_VALID_CREDIT_CODE);

  await page.reload();
  await openScreen(page, '单位信息');
  await expect(page.getByLabel('统一社会信用代码', { exact: true })).toHaveValue(OTHER_VALID_CREDIT_CODE);
});

test('单位信息: unsaved input survives leaving the screen; 取消 brings back the saved values', async ({ app }) => {
  const { page } = app;
  await openScreen(page, '单位信息');
  await fillUnit(page, { 单位名称: UNIT.name }, []);
  await save(page);
  await expect(page.getByText('已保存', { exact: true })).toBeVisible();

  await page.getByLabel('单位名称', { exact: true }).fill('尚未保存的名称');
  await page.getByLabel('办公地址', { exact: true }).fill(UNIT.officeAddress);
  await openScreen(page, '概览');
  await openScreen(page, '单位信息');
  await expect(page.getByLabel('单位名称', { exact: true })).toHaveValue('尚未保存的名称');
  await expect(page.getByLabel('办公地址', { exact: true })).toHaveValue(UNIT.officeAddress);

  await page.getByRole('button', { name: '取消', exact: true }).click();
  await expect(page.getByLabel('单位名称', { exact: true })).toHaveValue(UNIT.name);
  await expect(page.getByLabel('办公地址', { exact: true })).toHaveValue('');
});

test('概览 shows which fields are filled; 变更记录 lists each change, newest first', async ({ app }) => {
  const { page } = app;
  await openScreen(page, '单位信息');
  await fillUnit(page, { 单位名称: UNIT.name, 统一社会信用代码: UNIT.creditCode, 联系电话: UNIT.phone }, ['IDC机房服务单位']);
  await save(page);
  await expect(page.getByText('已保存', { exact: true })).toBeVisible();

  await openScreen(page, '概览');
  const completeness = page.getByRole('table', { name: '单位信息填写情况' });
  const row = (label: string) => completeness.getByRole('row').filter({ hasText: label });
  for (const label of ['单位名称', '统一社会信用代码', '单位类型', '联系电话']) {
    await expect(row(label)).toContainText('已填写');
  }
  for (const label of ['注册地址', '办公地址', '电子邮箱']) {
    await expect(row(label)).toContainText('未填写');
  }
  await expect(page.getByText(/上次保存：\d{4}-\d{2}-\d{2} \d{2}:\d{2}/)).toBeVisible();

  // The link from a missing field leads to the form.
  await completeness.getByRole('button', { name: '填写电子邮箱' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '单位信息' })).toBeVisible();
  await expect(page.getByLabel('电子邮箱', { exact: true })).toBeFocused();

  await openScreen(page, '变更记录');
  const changes = page.getByRole('table', { name: '变更记录' });
  await expect(changes.getByRole('columnheader')).toHaveText(['时间', '对象', '字段', '原值', '新值']);
  await expect(changes.getByRole('row').filter({ hasText: '单位名称' })).toContainText(UNIT.name);
  await expect(changes.getByRole('row').filter({ hasText: '统一社会信用代码' })).toContainText(UNIT.creditCode);

  // A second change is listed above the first.
  await openScreen(page, '单位信息');
  await page.getByLabel('单位名称', { exact: true }).fill('厦门示例数据有限公司');
  await save(page);
  await expect(page.getByText('已保存', { exact: true })).toBeVisible();
  await openScreen(page, '变更记录');
  const nameRows = changes.getByRole('row').filter({ hasText: '单位名称' });
  await expect(nameRows).toHaveCount(2);
  await expect(nameRows.first()).toContainText('厦门示例数据有限公司');
  await expect(nameRows.first()).toContainText(UNIT.name); // the old value
});
