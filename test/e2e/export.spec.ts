import { test as base, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { templateShifts } from '../../shared/dutyRoster/shifts';
import { todayInShanghai } from '../../shared/identity/calendarDate';
import { addDays } from '../../shared/records/dates';
import { withCheck } from '../support/independentMod11';
import { UNIT } from './data';
import { startWebHost, type WebHostProcess } from './webHostProcess';

// 导出备案材料 as a clerk meets it: a complete filing is seeded through the host's own API (each form has
// its own spec), then the screen is used by its labels only — 完整性检查, 目标位置, 生成备案材料 — and
// the package on disk is checked with coreutils' `sha256sum -c`, which the project did not write.
//
// The browser host cannot offer a test folder as a USB drive. filing.destinations always offers, after the
// removable drives, the user's Documents folder; so the host is started with HOME set to a fresh folder
// holding Documents/, and the test picks that entry from the host's own list, as a clerk would.

let today = todayInShanghai();
let month = today.slice(0, 7);

// Fictional numbers with correct MOD 11-2 check characters (GB 11643-1999).
const LEADER = { name: '陈组长', idType: '居民身份证', idNumber: '35020319900101123X', mobile: '13800000001', roles: ['法定代表人', '主要负责人', '网络安全负责人', '值班人员'] };
const ADMIN = { name: '林网管', idType: '居民身份证', idNumber: '350203198506152340', mobile: '13800000002', roles: ['网络管理员', '值班人员'] };
const OFFICER = { name: '黄安全', idType: '居民身份证', idNumber: '350203199203043459', mobile: '13800000003', roles: ['安全员', '值班人员', '24小时应急联系人'] };

interface ExportFixture {
  page: Page;
  workspace: string;
  /** The folder the host offers as its default export destination. */
  exportDir: string;
}

const test = base.extend<{ exp: ExportFixture }>({
  exp: async ({ browser }, use, testInfo) => {
    test.skip(testInfo.project.name === 'electron', 'Electron lists the real drives and Documents folder of this machine; the destination is set up for the browser host');
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'beian-e2e-export-ws-'));
    const home = mkdtempSync(path.join(os.tmpdir(), 'beian-e2e-export-home-'));
    const exportDir = path.join(home, 'Documents');
    mkdirSync(exportDir);
    let host: WebHostProcess | undefined;
    try {
      // startWebHost spawns the host with this process's environment: HOME only for that spawn.
      const before = process.env.HOME;
      process.env.HOME = home;
      try {
        host = await startWebHost(workspace);
      } finally {
        if (before === undefined) delete process.env.HOME;
        else process.env.HOME = before;
      }
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(host.url);
      await use({ page, workspace, exportDir });
      await context.close();
    } finally {
      await host?.stop();
      rmSync(workspace, { recursive: true, force: true });
      rmSync(home, { recursive: true, force: true });
    }
  },
});

async function callApi<T>(page: Page, method: string, input: unknown): Promise<T> {
  const reply = await page.evaluate(
    async ({ method, input }) => {
      const token = new URLSearchParams(location.hash.slice(1)).get('token') ?? sessionStorage.getItem('beian.token') ?? '';
      const res = await fetch(`/api/${method}`, { method: 'POST', headers: { 'x-beian-token': token, 'content-type': 'application/json' }, body: JSON.stringify(input) });
      return res.json() as Promise<unknown>;
    },
    { method, input },
  );
  const envelope = reply as { ok: boolean; result?: T; error?: { message: string; field?: string } };
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error?.message} (${envelope.error?.field ?? ''})`);
  return envelope.result as T;
}

/** A scan-like JPEG: 1600×1100, a page with lines of "text" and a little texture, distinct per seed. */
async function scanJpeg(seed: number): Promise<string> {
  const width = 1600;
  const height = 1100;
  const px = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const line = y % 60 < 18 && x > 120 && x < 1480 && ((x * 7 + y * 3 + seed * 13) % 97) > 30;
      const border = x < 40 || x > width - 40 || y < 40 || y > height - 40;
      const v = line ? 40 : border ? 170 : 235 - ((x ^ y ^ seed) & 7);
      const i = (y * width + x) * 3;
      px[i] = v;
      px[i + 1] = border ? 120 + (seed % 60) : v;
      px[i + 2] = v;
    }
  }
  const jpeg = await sharp(px, { raw: { width, height, channels: 3 } }).jpeg({ quality: 85 }).toBuffer();
  return jpeg.toString('base64');
}

async function addScan(page: Page, name: string, seed: number): Promise<string> {
  const meta = await callApi<{ sha256: string }>(page, 'attachments.add', { name, dataBase64: await scanJpeg(seed) });
  return meta.sha256;
}

/** A filing with everything 第九条 asks for, and a month's 24-hour roster. `withBusinessLicense: false` leaves out 营业执照. */
async function seedFiling(page: Page, { withBusinessLicense = true } = {}) {
  await callApi(page, 'unit.save', { ...UNIT, roles: ['IDC机房服务单位', '服务器架设单位'] });

  if (withBusinessLicense) {
    await callApi(page, 'licenses.save', {
      kind: '营业执照',
      number: UNIT.creditCode,
      issuer: '厦门市市场监督管理局',
      validFrom: '2015-03-01',
      longTerm: true,
      scans: [await addScan(page, '营业执照.jpg', 1)],
    });
  }
  await callApi(page, 'licenses.save', {
    kind: '电信业务经营许可证',
    number: '闽B1-20190001',
    issuer: '福建省通信管理局',
    validFrom: '2019-06-01',
    validTo: addDays(today, 800),
    scope: ['B11'],
    scans: [await addScan(page, '经营许可证.jpg', 2)],
  });

  const people: { id: string }[] = [];
  let seed = 10;
  for (const p of [LEADER, ADMIN, OFFICER]) {
    people.push(
      await callApi<{ id: string }>(page, 'people.save', {
        ...p,
        idFront: await addScan(page, `${p.name}-正面.jpg`, seed++),
        idBack: await addScan(page, `${p.name}-反面.jpg`, seed++),
      }),
    );
  }
  const [leader, admin, officer] = people as [{ id: string }, { id: string }, { id: string }];

  await callApi(page, 'securityGroup.save', {
    mode: 'own',
    establishedOn: '2020-01-01',
    leaderId: leader.id,
    members: [
      { personId: leader.id, duty: '组长', phone: LEADER.mobile },
      { personId: admin.id, duty: '网络管理员', phone: ADMIN.mobile },
      { personId: officer.id, duty: '安全员', phone: OFFICER.mobile },
    ],
    protectionPolicy: '一、机房出入登记；二、账号口令每90天更换；三、日志留存六十日。',
    trainings: [{ date: addDays(today, -30), topic: '网络安全法规培训', attendeeIds: [leader.id, admin.id, officer.id] }],
  });

  for (let i = 1; i <= 3; i++) {
    await callApi(page, 'servers.save', {
      assetNo: `XM-EXP-000${i}`,
      hostname: `web${i}.example.com`,
      ips: [`203.0.113.${10 + i}`],
      rack: `A0${i}`,
      purposes: ['网站/虚拟空间'],
      onlineDate: addDays(today, -60),
      filedOn: addDays(today, -50),
      managers: [{ kind: 'person', personId: admin.id }],
    });
  }

  await callApi(page, 'dutyRoster.saveSettings', {
    dutyPhone: '0592-5551234',
    shifts: templateShifts('3x8'),
    rotation: [leader.id, admin.id, officer.id],
    rotationStart: `${month}-01`,
  });
  await callApi(page, 'dutyPolicy.save', {
    text: '一、实行二十四小时值班，早中夜三班轮换；二、交接班当面交接并登记值班记录；三、发现安全事件立即报告安全负责人和公安机关。',
  });
  const nextMonth = addDays(`${month}-01`, 40).slice(0, 7);
  await callApi(page, 'dutyRoster.generate', { from: `${month}-01`, to: addDays(`${nextMonth}-01`, -1) });
}

async function openScreen(page: Page, name: string) {
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
}

const checkCard = (page: Page) => page.getByRole('region', { name: '阻止导出' });
const buildButton = (page: Page) => page.getByRole('button', { name: '生成备案材料', exact: true });

// Taken again before each test: a run may cross midnight in China (16:00 UTC).
test.beforeEach(() => {
  today = todayInShanghai();
  month = today.slice(0, 7);
});

test('导出备案材料: a complete filing passes the 完整性检查, is written to the chosen destination and "已校验 N 个文件" holds on disk', async ({ exp }) => {
  test.setTimeout(120_000);
  const { page, exportDir } = exp;
  await seedFiling(page);
  // Two 客户空间 opened last week: 05 carries them (第十二条（三）).
  const renter = (name: string, id: string) => ({ renterKind: '个人', renterName: name, renterIdType: '居民身份证', renterIdNumber: withCheck(id), openedOn: addDays(today, -7) });
  for (const [name, id] of [['报送甲', '35020319800101111'], ['报送乙', '35020319810202222']] as const) await callApi(page, 'customerSpaces.save', renter(name, id));

  await openScreen(page, '导出备案材料');
  await expect(checkCard(page)).toContainText('阻止导出（0 项）');
  await expect(checkCard(page)).toContainText('没有阻止导出的问题');
  await expect(page.getByRole('list', { name: '阻止导出的问题' })).toHaveCount(0);

  // The destination the host offers for the test folder, as the screen lists it (path and free space shown).
  const destinations = await callApi<{ path: string; label: string }[]>(page, 'filing.destinations', {});
  const target = destinations.find((d) => path.resolve(d.path) === path.resolve(exportDir));
  expect(target, 'filing.destinations should offer the Documents folder').toBeTruthy();
  const group = page.getByRole('radiogroup', { name: '目标位置' });
  const radio = group.getByRole('radio', { name: new RegExp(target!.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
  await expect(group).toContainText(/可用 [\d.]+ (GB|MB|KB) \/ 共 [\d.]+ (GB|MB|KB)/);
  await radio.check();
  await expect(radio).toBeChecked();

  // 月份 defaults to this month; ask for the ZIP as well.
  await expect(page.getByLabel('月份', { exact: true })).toHaveValue(month);
  // 报告月份 (06 月度变更报告) defaults to last month; this test's records were made this month.
  const [y, m] = month.split('-').map(Number);
  const lastMonth = m === 1 ? `${y! - 1}-12` : `${y}-${String(m! - 1).padStart(2, '0')}`;
  await expect(page.getByLabel('报告月份', { exact: true })).toHaveValue(lastMonth);
  await page.getByRole('button', { name: '报告月份：下个月' }).click();
  await expect(page.getByLabel('报告月份', { exact: true })).toHaveValue(month);
  await page.getByRole('checkbox', { name: '同时生成 ZIP 压缩包' }).check();

  await expect(buildButton(page)).toBeEnabled();
  await buildButton(page).click();
  // Leaving during the export and coming back: the export carries on and the screen picks it up again.
  await openScreen(page, '概览');
  await openScreen(page, '导出备案材料');
  const done = page.getByText(/^已校验 \d+ 个文件$/);
  await expect(done).toBeVisible({ timeout: 90_000 });
  const verified = Number(/已校验 (\d+) 个文件/.exec((await done.textContent()) ?? '')![1]);

  // On disk: 备案材料_<统一社会信用代码>_<YYYYMMDD>, no partial folder left, and sha256sum -c passes inside it.
  const folderName = `备案材料_${UNIT.creditCode}_${today.replaceAll('-', '')}`;
  const folder = path.join(exportDir, folderName);
  await expect(page.getByText(folder, { exact: true })).toBeVisible();
  expect(statSync(folder).isDirectory()).toBe(true);
  expect(readdirSync(exportDir).sort()).toEqual([folderName, `${folderName}.zip`].sort());
  const check = execFileSync('sha256sum', ['-c', 'SHA256SUMS.txt'], { cwd: folder, encoding: 'utf8' });
  const okLines = check.split('\n').filter((l) => l.endsWith(': OK'));
  expect(okLines.length).toBeGreaterThanOrEqual(6);
  expect(check).not.toMatch(/FAILED/);
  // Every file listed in SHA256SUMS.txt was verified, plus SHA256SUMS.txt itself.
  expect(verified).toBe(okLines.length + 1);
  expect(check).toContain('01_单位备案登记表.pdf: OK');
  expect(check).toMatch(/images\/01_营业执照\.jpg: OK/);
  expect(existsSync(path.join(folder, 'manifest.json'))).toBe(true);
  expect(JSON.parse(readFileSync(path.join(folder, 'manifest.json'), 'utf8')).reportMonth).toBe(month);
  const report = execFileSync('pdftotext', [path.join(folder, '06_月度变更报告.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(report).toContain(`报告月份：${y}年${m}月`);
  expect(report).toMatch(/本期变更：新增[1-9]\d*项/); // the records this test saved are 新增 in this month's report
  // This month has not ended: 06 is a preview, and the result says why it offers no 登记 for it.
  expect(report).toContain('（本月尚未结束）');
  await expect(page.getByText(/^06 月度变更报告未登记为已报送：.*尚未结束（北京时间）/)).toBeVisible();
  execFileSync('unzip', ['-tq', path.join(exportDir, `${folderName}.zip`)]);

  // Once handed over, the spaces 05 carries are recorded as reported; one added after the package is not among them.
  await callApi(page, 'customerSpaces.save', renter('报送丙', '35020319820303333'));
  await expect(page.getByText('05 客户空间登记表列出 2 个待报送的客户空间；交给公安机关后请登记报送日期。')).toBeVisible();
  await page.getByRole('button', { name: '登记这些空间已报送' }).click();
  const dialog = page.getByRole('dialog', { name: '登记报送' });
  await expect(dialog.getByLabel('报送日期', { exact: true })).toHaveValue(today);
  await dialog.getByRole('button', { name: '登记 2 个空间已报送' }).click();
  await expect(page.getByText('已登记 2 个客户空间已报送（第十二条（三））。')).toBeVisible();
  const counts = await callApi<{ counts: Record<string, number> }>(page, 'customerSpaces.search', {});
  expect(counts.counts).toMatchObject({ 全部: 3, 已报送: 2, 待报送: 1 });

  // The result stays on the screen after another visit; 返回 leads back to the options.
  await openScreen(page, '单位信息');
  await openScreen(page, '导出备案材料');
  await expect(page.getByText(`已校验 ${verified} 个文件`, { exact: true })).toBeVisible();
  await expect(page.getByText('已登记 2 个客户空间已报送（第十二条（三））。')).toBeVisible();
  await page.getByRole('button', { name: '返回', exact: true }).click();
  await expect(buildButton(page)).toBeEnabled();
});

test('导出备案材料: without 营业执照 the 完整性检查 blocks 生成备案材料 and leads to 证照', async ({ exp }) => {
  test.setTimeout(90_000);
  const { page, exportDir } = exp;
  await seedFiling(page, { withBusinessLicense: false });

  await openScreen(page, '导出备案材料');
  const blocking = page.getByRole('list', { name: '阻止导出的问题' });
  // Every blocking item about 营业执照 (the compliance row and the missing image) names its article and leads to 证照.
  const items = blocking.locator(':scope > li').filter({ hasText: '营业执照' });
  await expect(items.first()).toBeVisible();
  const count = await items.count();
  for (let i = 0; i < count; i++) {
    await expect(items.nth(i).locator('.ant-tag').first()).toHaveText(/^第.+条/);
    await expect(items.nth(i).getByRole('button', { name: /^去处理：.*（证照）$/ })).toBeVisible();
  }
  await expect(page.getByRole('list', { name: '提醒事项' }).getByText('营业执照')).toHaveCount(0); // blocking, not a warning
  await expect(buildButton(page)).toBeDisabled();
  await expect(page.getByRole('note', { name: '无法生成的原因' })).toContainText('阻止导出的问题，处理后才能生成备案材料');
  // No way around it on the screen.
  await expect(page.getByRole('button', { name: /仍然|强制|忽略/ })).toHaveCount(0);

  await items.first().getByRole('button', { name: /^去处理/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: '证照', exact: true })).toBeVisible();
  expect(readdirSync(exportDir)).toEqual([]);

  // Fixed through the API, and 重新检查 (run when the screen is shown again) clears it.
  await callApi(page, 'licenses.save', {
    kind: '营业执照',
    number: UNIT.creditCode,
    longTerm: true,
    scans: [await addScan(page, '营业执照.jpg', 1)],
  });
  await openScreen(page, '导出备案材料');
  await expect(checkCard(page)).toContainText('阻止导出（0 项）');
  await expect(buildButton(page)).toBeEnabled();
});

test('导出备案材料: a destination gone before 生成备案材料 ends in an error Result with the cause, and 重试 succeeds once it is back', async ({ exp }) => {
  test.setTimeout(120_000);
  const { page, exportDir } = exp;
  await seedFiling(page);
  await openScreen(page, '导出备案材料');
  await expect(checkCard(page)).toContainText('阻止导出（0 项）');
  const radio = page.getByRole('radiogroup', { name: '目标位置' }).getByRole('radio', { name: /本机“文档”文件夹/ });
  await radio.check();

  // The "drive" is pulled out after it was chosen.
  rmSync(exportDir, { recursive: true, force: true });
  await buildButton(page).click();
  const failed = page.getByText('生成备案材料失败', { exact: true });
  await expect(failed).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/^原因：.+/)).toContainText('目标位置');
  await expect(page.getByText(/^已校验/)).toHaveCount(0);

  // Back again: 重试 uses the same choice and ends verified.
  mkdirSync(exportDir);
  await page.getByRole('button', { name: '重试', exact: true }).click();
  await expect(page.getByText(/^已校验 \d+ 个文件$/)).toBeVisible({ timeout: 90_000 });
  const folder = path.join(exportDir, `备案材料_${UNIT.creditCode}_${today.replaceAll('-', '')}`);
  execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS.txt'], { cwd: folder });
});

test('导出备案材料: a server past its 第八条 deadline is a reminder with its article, and 生成备案材料 goes ahead (issue 10, item 5)', async ({ exp }) => {
  test.setTimeout(240_000);
  const { page, exportDir } = exp;
  await seedFiling(page);
  await callApi(page, 'servers.save', { assetNo: 'LATE-E2E-01', purposes: ['网站/虚拟空间'], onlineDate: addDays(today, -40), filedOn: '', managers: [] });

  await openScreen(page, '导出备案材料');
  // The check prepares every standard image first: slow on a loaded machine.
  await expect(checkCard(page)).toContainText('阻止导出（0 项）', { timeout: 60_000 });
  await expect(page.getByRole('list', { name: '提醒事项' })).toContainText('第八条');
  await expect(page.getByRole('list', { name: '提醒事项' })).toContainText('LATE-E2E-01');
  await expect(page.getByRole('list', { name: '提醒事项' })).toContainText('已逾期 10 天（第八条）');

  const destinations = await callApi<{ path: string }[]>(page, 'filing.destinations', {});
  const target = destinations.find((d) => path.resolve(d.path) === path.resolve(exportDir))!;
  await page.getByRole('radiogroup', { name: '目标位置' }).getByRole('radio', { name: new RegExp(target.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).check();
  await expect(buildButton(page)).toBeEnabled();
  await buildButton(page).click();
  await expect(page.getByText(/^已校验 \d+ 个文件$/)).toBeVisible({ timeout: 90_000 });
  // 04 prints the server with its overdue days.
  const folder = path.join(exportDir, `备案材料_${UNIT.creditCode}_${today.replaceAll('-', '')}`);
  const text = execFileSync('pdftotext', ['-raw', path.join(folder, '04_服务器登记表.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain('LATE-E2E-01');
  expect(text).toContain('已逾期10天');
});

test('导出备案材料: after a verified export, 登记 YYYY年MM月变更已报送 records an ended 报告月份; the current month offers no such button (issue 10, item 4)', async ({ exp }) => {
  test.setTimeout(180_000);
  const { page, exportDir } = exp;
  // The real clock: 报告月份 defaults to last month in Beijing time, which has always ended.
  await seedFiling(page);
  await openScreen(page, '导出备案材料');
  await expect(checkCard(page)).toContainText('阻止导出（0 项）');
  const destinations = await callApi<{ path: string }[]>(page, 'filing.destinations', {});
  const target = destinations.find((d) => path.resolve(d.path) === path.resolve(exportDir))!;
  await page
    .getByRole('radiogroup', { name: '目标位置' })
    .getByRole('radio', { name: new RegExp(target.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
    .check();

  const [y, m] = month.split('-').map(Number);
  const lastMonth = m === 1 ? `${y! - 1}-12` : `${y}-${String(m! - 1).padStart(2, '0')}`;
  const words = (mm: string) => `${mm.slice(0, 4)}年${mm.slice(5, 7)}月`;
  await expect(page.getByLabel('报告月份', { exact: true })).toHaveValue(lastMonth);
  await buildButton(page).click();
  await expect(page.getByText(/^已校验 \d+ 个文件$/)).toBeVisible({ timeout: 90_000 });

  // Generating did not record it: the month is recorded only by the button, once handed over.
  expect(await callApi<{ month: string }[]>(page, 'reports.monthlyHistory', {})).toEqual([]);
  await page.getByRole('button', { name: `登记 ${words(lastMonth)}变更已报送` }).click();
  await expect(page.getByText(`已登记 ${words(lastMonth)}变更已报送（第十三条（三））。`)).toBeVisible();
  const history = await callApi<{ month: string; via: string }[]>(page, 'reports.monthlyHistory', {});
  expect(history.map((h) => [h.month, h.via])).toEqual([[lastMonth, 'package']]);

  // The same screen for the current month: a preview, no 登记 button, and the reason.
  await page.getByRole('button', { name: '返回', exact: true }).click();
  for (const f of readdirSync(exportDir)) rmSync(path.join(exportDir, f), { recursive: true, force: true });
  await page.getByRole('button', { name: '报告月份：下个月' }).click();
  await expect(page.getByLabel('报告月份', { exact: true })).toHaveValue(month);
  await buildButton(page).click();
  await expect(page.getByText(/^已校验 \d+ 个文件$/)).toBeVisible({ timeout: 90_000 });
  await expect(page.getByText(/^06 月度变更报告未登记为已报送：.*尚未结束（北京时间）/)).toBeVisible();
  await expect(page.getByRole('button', { name: /^登记 \d{4}年\d{2}月变更已报送$/ })).toHaveCount(0);
  expect((await callApi<{ month: string }[]>(page, 'reports.monthlyHistory', {})).map((h) => h.month)).toEqual([lastMonth]);
});
