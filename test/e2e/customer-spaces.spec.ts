import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { todayInShanghai } from '../../shared/identity/calendarDate';
import { addDays } from '../../shared/records/dates';
import { withCheck } from '../support/independentMod11';
import { VALID_CREDIT_CODE } from './data';
import { test, expect } from './fixtures';
import { seed, seedSpaces } from './seed';

// 客户空间 as a user meets it: fields found by their visible labels (docs/LABELS.md, CUSTOMER_SPACE_LABELS).
// Fictional 居民身份证 numbers (厦门思明区 address code) with check characters from an independent MOD 11-2.
const ID_ZHANG = withCheck('35020319880808123');
const ID_LI = withCheck('35020319750315456');
const ID_WANG = withCheck('35020319660101789');
const ID_ZHAO = withCheck('35020320010228002');
/** The last character changed: its check character is wrong. */
const wrongCheck = (id: string) => id.slice(0, 17) + (id[17] === '1' ? '2' : '1');

let today = todayInShanghai();
// Taken again before each test: a run may cross midnight in China (16:00 UTC).
test.beforeEach(() => {
  today = todayInShanghai();
});

async function openSpaces(page: Page) {
  await page.getByRole('menuitem', { name: '客户空间' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '客户空间' })).toBeVisible();
}

/** The list's row of one space (the virtual table's rows carry role=row). */
const spaceRow = (page: Page, text: string) => page.getByRole('region', { name: '客户空间列表' }).getByRole('row').filter({ hasText: text });
const dataRows = (page: Page) => page.getByRole('region', { name: '客户空间列表' }).getByRole('row').filter({ hasText: /XM-IDC-/ });

/** 18 characters with the middle ten starred, as the 人员 list shows them. */
const masked = (id: string) => `${id.slice(0, 4)}${'*'.repeat(10)}${id.slice(-4)}`;

/**
 * The form's 保存. After a refused save antd may leave the collapsed loading icon in the button (its label
 * "loading" then prefixes the name), so the name is matched at its end.
 */
const save = (form: Locator) => form.getByRole('button', { name: /保存$/ });

async function pick(field: Locator, option: string) {
  await field.fill(option);
  await field.press('Enter');
}

test('客户空间: a space added through the form gets XM-IDC-000001; a wrong check digit is named on 证件号码 and nothing typed is lost; an IDN domain shows in Unicode', async ({ app }) => {
  const { page } = app;
  await openSpaces(page);
  await expect(page.getByText('共 0 个空间')).toBeVisible();
  await page.getByRole('button', { name: '新增', exact: true }).click();
  const form = page.getByRole('region', { name: '新增客户空间' });

  await expect(form.getByLabel('空间编号', { exact: true })).toHaveAttribute('placeholder', '留空自动编号：XM-IDC-000001');
  await expect(form.getByRole('radio', { name: '个人' })).toBeChecked();
  await form.getByLabel('名称', { exact: true }).fill('张三');
  const idNumber = form.getByLabel('证件号码', { exact: true });
  await idNumber.fill(wrongCheck(ID_ZHANG));
  await form.getByLabel('联系电话', { exact: true }).fill('13800000001');
  await form.getByRole('button', { name: '添加域名' }).click();
  const domain = form.getByRole('group', { name: '绑定域名 1' });
  await domain.getByLabel('域名', { exact: true }).fill('厦门.中国');
  await form.getByLabel('备注', { exact: true }).fill('测试空间');

  await save(form).click();
  // The message is the field's own (its accessible description), not a banner elsewhere.
  await expect(idNumber).toHaveAccessibleDescription(/校验位/);
  await expect(form).toBeVisible();
  await expect(form.getByLabel('名称', { exact: true })).toHaveValue('张三');
  await expect(idNumber).toHaveValue(wrongCheck(ID_ZHANG));
  await expect(domain.getByLabel('域名', { exact: true })).toHaveValue('厦门.中国');
  await expect(form.getByLabel('备注', { exact: true })).toHaveValue('测试空间');

  await idNumber.fill(ID_ZHANG);
  await idNumber.blur();
  await expect(form.getByText(/校验位/)).toHaveCount(0);
  await save(form).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '已保存客户空间 XM-IDC-000001' })).toBeVisible();

  const row = spaceRow(page, 'XM-IDC-000001');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('张三');
  await expect(row).toContainText('个人');
  await expect(row).toContainText('厦门.中国');
  await expect(row).toContainText(masked(ID_ZHANG));
  await expect(row).not.toContainText(ID_ZHANG);
  await expect(row).toContainText(`待报送（期限 ${addDays(today, 30)}）`);
  await expect(page.getByText('共 1 个空间')).toBeVisible();

  // Stored in Punycode, shown in Unicode again when edited.
  const found = (await seed(page, 'customerSpaces.search', { query: '' })) as { rows: { domains: { domain: string }[] }[] };
  expect(found.rows[0]!.domains[0]!.domain).toMatch(/^xn--.*\.xn--/);
  await row.getByRole('button', { name: '编辑 XM-IDC-000001' }).click();
  const edit = page.getByRole('region', { name: '编辑客户空间 XM-IDC-000001' });
  await expect(edit.getByRole('group', { name: '绑定域名 1' }).getByLabel('域名', { exact: true })).toHaveValue('厦门.中国');
  await expect(edit.getByLabel('证件号码', { exact: true })).toHaveValue(ID_ZHANG);
  await edit.getByRole('button', { name: '取消', exact: true }).click();
  await expect(edit).toBeHidden();
});

test('客户空间: a unit renter needs its 单位负责人; a domain bound to another space is refused on that domain row, keeping the input', async ({ app }) => {
  const { page } = app;
  await openSpaces(page);
  await seedSpaces(page, [{ renterKind: '个人', renterName: '李四', renterIdType: '居民身份证', renterIdNumber: ID_LI, domains: [{ domain: 'shop.example.com' }], openedOn: today }]);
  await page.reload();
  await openSpaces(page);
  await expect(spaceRow(page, 'XM-IDC-000001')).toContainText('shop.example.com');

  await page.getByRole('button', { name: '新增', exact: true }).click();
  const form = page.getByRole('region', { name: '新增客户空间' });
  await expect(form.getByLabel('空间编号', { exact: true })).toHaveAttribute('placeholder', '留空自动编号：XM-IDC-000002');
  await form.getByRole('radio', { name: '单位' }).check();
  await expect(form.getByLabel('证件类型', { exact: true })).toHaveValue('统一社会信用代码');
  await form.getByLabel('名称', { exact: true }).fill('厦门海风科技有限公司');
  await form.getByLabel('证件号码', { exact: true }).fill(VALID_CREDIT_CODE);
  await form.getByRole('button', { name: '添加域名' }).click();
  await form.getByRole('group', { name: '绑定域名 1' }).getByLabel('域名', { exact: true }).fill('SHOP.example.com');

  await save(form).click();
  await expect(form.getByText('单位租用者请填写单位负责人（第十二条（一））')).toBeVisible();
  await expect(form.getByText('请选择负责人证件类型')).toBeVisible();

  await form.getByLabel('单位负责人', { exact: true }).fill('王五');
  await pick(form.getByLabel('负责人证件类型', { exact: true }), '居民身份证');
  await form.getByLabel('负责人证件号码', { exact: true }).fill(ID_WANG);
  await save(form).click();
  // Only the API knows the domain is bound elsewhere: its message lands under that domain.
  const domainRow = form.getByRole('group', { name: '绑定域名 1' });
  await expect(domainRow.getByText('域名 shop.example.com 已绑定在空间 XM-IDC-000001 上，一个域名只能绑定一个空间')).toBeVisible();
  await expect(form.getByLabel('名称', { exact: true })).toHaveValue('厦门海风科技有限公司');
  await expect(form.getByLabel('负责人证件号码', { exact: true })).toHaveValue(ID_WANG);

  await domainRow.getByLabel('域名', { exact: true }).fill('haifeng.example.com');
  await save(form).click();
  await expect(form).toBeHidden();
  const row = spaceRow(page, 'XM-IDC-000002');
  await expect(row).toContainText('厦门海风科技有限公司');
  await expect(row).toContainText('单位');
  await expect(row).toContainText('haifeng.example.com');
});

test('客户空间: search as you type by domain, name and code; 报送状态 filters with counts; 登记报送; 编号规则', async ({ app }) => {
  const { page } = app;
  await openSpaces(page);
  await seedSpaces(page, [
    { renterKind: '个人', renterName: '李四', renterIdType: '居民身份证', renterIdNumber: ID_LI, domains: [{ domain: 'shop.example.com' }], openedOn: addDays(today, -40) },
    {
      renterKind: '单位',
      renterName: '厦门海风科技有限公司',
      renterIdType: '统一社会信用代码',
      renterIdNumber: VALID_CREDIT_CODE,
      responsibleName: '王五',
      responsibleIdType: '居民身份证',
      responsibleIdNumber: ID_WANG,
      domains: [{ domain: 'haifeng.cn' }, { domain: 'www.haifeng.cn' }],
      openedOn: addDays(today, -5),
      reportedOn: addDays(today, -1),
    },
    { renterKind: '个人', renterName: '赵六', renterIdType: '居民身份证', renterIdNumber: ID_ZHAO, openedOn: addDays(today, -10) },
  ]);
  await page.reload();
  await openSpaces(page);
  await expect(page.getByText('共 3 个空间', { exact: true })).toBeVisible();
  await expect(dataRows(page)).toHaveCount(3);
  await expect(spaceRow(page, 'XM-IDC-000001')).toContainText(`已逾期（期限 ${addDays(today, -10)}）`);
  await expect(spaceRow(page, 'XM-IDC-000002')).toContainText(`已报送 ${addDays(today, -1)}`);
  await expect(spaceRow(page, 'XM-IDC-000002')).toContainText('haifeng.cn+1');

  const search = page.getByLabel('搜索客户空间');
  await expect(search).toHaveAttribute('placeholder', '搜索空间编号、租用者、证件号码或域名');
  await search.pressSequentially('www.haifeng');
  await expect(page.getByText('共 3 个空间，符合条件 1 个')).toBeVisible();
  await expect(dataRows(page)).toHaveCount(1);
  await expect(spaceRow(page, '厦门海风科技有限公司')).toHaveCount(1);
  await search.fill('李四');
  await expect(dataRows(page)).toHaveCount(1);
  await expect(spaceRow(page, 'XM-IDC-000001')).toHaveCount(1);
  await search.fill('xm-idc-000003');
  await expect(dataRows(page)).toHaveCount(1);
  await expect(spaceRow(page, '赵六')).toHaveCount(1);
  await search.fill('没有这样的客户');
  await expect(page.getByText('没有符合条件的客户空间')).toBeVisible();
  await search.fill('');
  await expect(dataRows(page)).toHaveCount(3);

  const tabs = page.getByRole('radiogroup', { name: '按报送状态筛选' });
  // Button-style radios: the user clicks the visible text; the radio behind it becomes checked.
  const choose = async (name: string) => {
    await tabs.getByText(name, { exact: true }).click();
    await expect(tabs.getByRole('radio', { name })).toBeChecked();
  };
  await choose('已逾期 1');
  await expect(dataRows(page)).toHaveCount(1);
  await expect(spaceRow(page, '李四')).toHaveCount(1);
  await choose('待报送 1');
  await expect(dataRows(page)).toHaveCount(1);
  await expect(spaceRow(page, '赵六')).toHaveCount(1);
  await choose('全部 3');
  await expect(dataRows(page)).toHaveCount(3);

  // 登记报送 for the selected space, then for every space still due: the dialog says how many first.
  await spaceRow(page, '赵六').getByRole('checkbox').check();
  await expect(page.getByText('已选 1 个')).toBeVisible();
  await page.getByRole('button', { name: '登记报送' }).click();
  const dialog = page.getByRole('dialog', { name: '登记报送' });
  await expect(dialog.getByRole('radio', { name: '所选的空间（1 个）' })).toBeChecked();
  await expect(dialog.getByText(`将把 1 个空间的报送日期设为 ${today}。`)).toBeVisible();
  await dialog.getByRole('button', { name: '登记 1 个空间已报送' }).click();
  await expect(dialog).toBeHidden();
  await expect(spaceRow(page, '赵六')).toContainText(`已报送 ${today}`);
  await expect(spaceRow(page, '李四')).toContainText('已逾期');

  await page.getByRole('button', { name: '登记报送' }).click();
  await expect(dialog.getByRole('radio', { name: '全部待报送的空间（1 个）' })).toBeChecked();
  await dialog.getByRole('button', { name: '登记 1 个空间已报送' }).click();
  await expect(dialog).toBeHidden();
  await expect(tabs.getByText('已报送 3', { exact: true })).toBeVisible();
  await expect(spaceRow(page, '李四')).toContainText(`已报送 ${today}`);

  // 编号规则: a new pattern, its example, and the next code offered by the form.
  await page.getByRole('button', { name: '编号规则' }).click();
  const rules = page.getByRole('dialog', { name: '编号规则' });
  const pattern = rules.getByLabel('编号规则', { exact: true });
  await expect(pattern).toHaveValue('XM-IDC-{000000}');
  await pattern.fill('KH{00}');
  await expect(rules.getByText('示例：KH01')).toBeVisible();
  await pattern.fill('KH-');
  await expect(rules.getByText(/编号规则应为字母、数字/)).toBeVisible();
  await pattern.fill('kh-{0000}');
  await rules.getByRole('button', { name: '保存', exact: true }).click();
  await expect(rules).toBeHidden();
  await page.getByRole('button', { name: '新增', exact: true }).click();
  await expect(page.getByRole('region', { name: '新增客户空间' }).getByLabel('空间编号', { exact: true })).toHaveAttribute('placeholder', /^留空自动编号：KH-\d{4}$/);
});

test('客户空间: 导出登记表 downloads an .xlsx that reads back with every space', async ({ app }, testInfo) => {
  const { page } = app;
  await openSpaces(page);
  await seedSpaces(page, [
    { renterKind: '个人', renterName: '李四', renterIdType: '居民身份证', renterIdNumber: ID_LI, domains: [{ domain: '厦门.中国' }], openedOn: today },
    { renterKind: '个人', renterName: '赵六', renterIdType: '居民身份证', renterIdNumber: ID_ZHAO, openedOn: today },
  ]);
  await page.reload();
  await openSpaces(page);
  await expect(dataRows(page)).toHaveCount(2);

  let bytes: Buffer;
  if (testInfo.project.name === 'electron') {
    // Electron hands the file to the system's save dialog, which a test cannot answer: the same file by the API.
    const file = (await seed(page, 'customerSpaces.exportXlsx', {})) as { fileName: string; dataBase64: string };
    expect(file.fileName).toMatch(/\.xlsx$/);
    bytes = Buffer.from(file.dataBase64, 'base64');
  } else {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出登记表' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    bytes = readFileSync(await download.path());
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const text = (r: number) => (ws.getRow(r).values as unknown[]).map((v) => String(v ?? '')).join('|');
  const all = Array.from({ length: ws.rowCount }, (_, i) => text(i + 1));
  const header = all.findIndex((r) => r.includes('空间编号'));
  expect(header).toBeGreaterThanOrEqual(0);
  const rows = all.slice(header + 1).filter((r) => r.includes('XM-IDC-'));
  expect(rows).toHaveLength(2);
  expect(rows.find((r) => r.includes('XM-IDC-000001'))).toContain('厦门.中国');
  expect(rows.find((r) => r.includes('XM-IDC-000002'))).toContain(ID_ZHAO);
});
