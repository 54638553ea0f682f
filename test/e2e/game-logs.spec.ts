import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures';
import { seed } from './seed';

// 游戏日志 (第七条) in the browser host, where the log folder is chosen in the app's own picker (the home folder and
// the mounted drives; no typed path). In the desktop app the folder comes from the main process's dialog, which a
// test cannot click, so that project skips this spec.
test('游戏日志: a log folder chosen in the picker is sealed, listed, verified unchanged, and a log changed on disk is named', async ({ app }, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'the desktop app takes the folder from its own dialog');
  test.setTimeout(120_000); // the picker adds a few steps to an already long walk through sealing and verifying
  const { page } = app;
  const logs = mkdtempSync(path.join(os.homedir(), 'beian-e2e-logs-'));
  try {
    mkdirSync(path.join(logs, 'chat'));
    writeFileSync(path.join(logs, 'game.log'), '2026-11-01 00:00:01 登录\n');
    writeFileSync(path.join(logs, 'chat', 'world.log'), 'hello\n');
    await seed(page, 'servers.save', { assetNo: 'GAME-07', purposes: ['游戏'], onlineDate: '2026-01-05' });
    await seed(page, 'servers.save', { assetNo: 'WEB-01', purposes: ['网站/虚拟空间'], onlineDate: '2026-01-05' });

    await page.getByRole('menuitem', { name: '游戏日志' }).click();
    await expect(page.getByRole('heading', { level: 2, name: '游戏日志' })).toBeVisible();
    await expect(page.getByText('第七条')).toBeVisible();

    // Not exact: antd keeps its spent loading icon (aria-label "loading") inside the button after a call.
    const sealButton = page.getByRole('button', { name: '封存' });
    await expect(page.getByRole('textbox', { name: '日志文件或文件夹' })).toHaveCount(0); // no path is typed
    await sealButton.click();
    await expect(page.getByText('日志文件或文件夹：请先选择要封存的日志文件夹或文件')).toBeVisible();

    // The picker starts at the home folder and the mounted drives, and lists folders only.
    await page.getByRole('button', { name: '选择文件夹…' }).click();
    const picker = page.getByRole('dialog', { name: '选择要封存的日志文件夹' });
    await picker.getByRole('button', { name: os.homedir(), exact: true }).click();
    await picker.getByRole('button', { name: path.basename(logs), exact: true }).click();
    await expect(picker.getByRole('button', { name: 'chat', exact: true })).toBeVisible();
    await expect(picker.getByRole('button', { name: 'game.log' })).toHaveCount(0);
    await picker.getByRole('button', { name: '选择此文件夹' }).click();
    await expect(picker).toHaveCount(0);
    await expect(page.getByText(logs, { exact: true })).toBeVisible();

    const server = page.getByLabel('游戏服务器', { exact: true });
    await server.click();
    await expect(page.getByText('GAME-07', { exact: true })).toBeVisible();
    await expect(page.getByText('WEB-01', { exact: true })).toHaveCount(0); // only servers used for 游戏 are offered
    await server.fill('GAME-07');
    await server.press('Enter');
    await page.getByLabel('备注', { exact: true }).fill('十一月日志');
    await sealButton.click();
    await expect(page.getByText(`已封存 2 个文件：${logs}`)).toBeVisible();

    const row = page.getByRole('region', { name: '封存记录' }).getByRole('row').filter({ hasText: logs });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('GAME-07');
    await expect(row).toContainText('十一月日志');
    await expect(row.getByRole('cell', { name: '2', exact: true })).toBeVisible();

    await row.getByRole('button', { name: '核验' }).click();
    const dialog = page.getByRole('dialog', { name: '核验结果' });
    await expect(dialog.getByText('核验通过', { exact: true })).toBeVisible();
    await expect(dialog.getByText('未发现改动：2 个文件与封存时一致')).toBeVisible();
    await dialog.getByRole('button', { name: '关闭' }).first().click(); // the corner × and the footer button both close
    await expect(dialog).toHaveCount(0);

    appendFileSync(path.join(logs, 'game.log'), '2026-11-01 00:00:02 被改写的一行\n');
    writeFileSync(path.join(logs, 'game.log.1'), 'rotated\n');
    await row.getByRole('button', { name: '核验' }).click();
    await expect(dialog.getByText('核验未通过：日志被修改或删除', { exact: true })).toBeVisible();
    await expect(dialog.getByText(/^发现改动：1 个文件被修改；1 个文件与封存时一致/)).toBeVisible();
    await expect(dialog.getByText(/^已修改：game\.log（封存时 \d+ 字节，现在 \d+ 字节）$/)).toBeVisible();
    await expect(dialog.getByText('新增：game.log.1（8 字节）')).toBeVisible();
    await expect(dialog.getByText(/world\.log/)).toHaveCount(0);

    await app.restart();
    await page.getByRole('menuitem', { name: '游戏日志' }).click();
    await expect(page.getByRole('region', { name: '封存记录' }).getByRole('row').filter({ hasText: logs })).toHaveCount(1);

    // 变更记录 reads the seal as a person would write it: 文件夹, bytes, the time in China (not UTC's ISO form).
    await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: '变更记录', exact: true }).click();
    const sealRow = (field: string) => page.getByRole('row').filter({ hasText: '游戏日志封存' }).filter({ has: page.getByRole('cell', { name: field, exact: true }) });
    await expect(sealRow('类型').getByRole('cell').last()).toHaveText('文件夹');
    await expect(sealRow('总大小').getByRole('cell').last()).toHaveText(/^\d+ 字节$/);
    await expect(sealRow('封存时间').getByRole('cell').last()).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  } finally {
    rmSync(logs, { recursive: true, force: true });
  }
});

test('游戏日志 in the desktop app: 选择单个文件并封存 asks the main process for a file, 选择文件夹并封存 for a folder', async ({ app }, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'the real dialogs cannot be answered by a test; here a stand-in bridge answers them in the browser host');
  const { page } = app;
  const logs = mkdtempSync(path.join(os.homedir(), 'beian-e2e-pick-'));
  try {
    writeFileSync(path.join(logs, 'game.log'), 'a\n');
    writeFileSync(path.join(logs, 'chat.log'), 'b\n');
    const file = path.join(logs, 'game.log');
    // window.beian stands in for Electron's preload bridge: every call goes on to the browser host as usual, and
    // logs.seal's dialog (which the main process would open) is answered with a prepared path, presented as the
    // handle the host's picker gives for it (the host takes no typed path).
    await page.addInitScript(
      ({ file, folder, home }) => {
        const picks: string[] = [];
        (window as unknown as { __picks: string[] }).__picks = picks;
        (window as unknown as { beian: unknown }).beian = new Proxy(
          {},
          {
            get: (_target, method) =>
              typeof method !== 'string' || method === 'then'
                ? undefined
                : async (input: Record<string, unknown> = {}) => {
                    const token = new URLSearchParams(location.hash.slice(1)).get('token') ?? sessionStorage.getItem('beian.token') ?? '';
                    const call = async (m: string, body: unknown) =>
                      (await fetch(`/api/${m}`, { method: 'POST', headers: { 'x-beian-token': token, 'content-type': 'application/json' }, body: JSON.stringify(body) })).json();
                    type Entry = { handle: string; path: string };
                    const find = async (folder: string | undefined, wanted: string): Promise<Entry> => {
                      const listed = (await call('picker.browse', { ...(folder ? { folder } : {}), files: true })).result as { entries: Entry[] };
                      return listed.entries.find((e) => e.path === wanted)!;
                    };
                    let body = input;
                    if (method === 'logs.seal') {
                      const { pick, ...rest } = input;
                      picks.push(String(pick));
                      const inHome = await find(undefined, home);
                      const dir = await find(inHome.handle, folder);
                      const chosen = pick === 'file' ? await find(dir.handle, file) : dir;
                      body = { ...rest, pick, path: chosen.handle };
                    }
                    return call(method, body);
                  },
          },
        );
      },
      { file, folder: logs, home: os.homedir() },
    );
    await page.reload();
    await page.getByRole('menuitem', { name: '游戏日志' }).click();
    await expect(page.getByLabel('日志文件或文件夹', { exact: true })).toHaveCount(0); // the desktop app types no path

    await page.getByRole('button', { name: '选择单个文件并封存' }).click();
    await expect(page.getByText(`已封存 1 个文件：${file}`)).toBeVisible();
    await page.getByRole('button', { name: '选择文件夹并封存' }).click();
    await expect(page.getByText(`已封存 2 个文件：${logs}`)).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __picks: string[] }).__picks)).toEqual(['file', 'folder']);
  } finally {
    rmSync(logs, { recursive: true, force: true });
  }
});
