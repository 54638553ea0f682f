import { truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { jpegWithExif, pngImage, textFile, webpImage } from '../support/images';
import { test, expect } from './fixtures';
import { VALID_CREDIT_CODE } from './data';

// Scans as a user meets them, through the 证照 form's 证照扫描件 field (renderer/components/scans):
// the file dialog, drag and drop, refusals that keep what was added, the large preview, 删除, reload.

const LABEL = '证照扫描件';

async function openLicenseForm(page: Page) {
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: '证照', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: '证照', exact: true })).toBeVisible();
  await page.getByRole('button', { name: '新增', exact: true }).click();
}

const uploadControl = (page: Page) => page.getByLabel(`上传${LABEL}`, { exact: true });
const thumbnail = (page: Page, n: number) => page.getByRole('img', { name: `${LABEL} ${n}`, exact: true });
const thumbnails = (page: Page) => page.getByRole('list', { name: `已添加的${LABEL}` }).getByRole('listitem');

/** Drops files on the field as a drag from the desktop would (a DataTransfer carrying File objects). */
async function dropFiles(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name, { type: f.mimeType }));
    }
    return dt;
  }, files.map((f) => ({ name: f.name, mimeType: f.mimeType, base64: f.buffer.toString('base64') })));
  const zone = page.getByText('也可以把图片拖到这里', { exact: false });
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.dispatchEvent('dragover', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
}

test('证照扫描件: add by file dialog and by drop, refusals keep the scans, preview, 删除, and the scans survive reload', async ({ app }) => {
  const { page } = app;
  await openLicenseForm(page);
  await page.getByLabel('证照类型', { exact: true }).click();
  await page.getByRole('option', { name: '营业执照', exact: true }).click();
  await page.getByLabel('证照编号', { exact: true }).fill(VALID_CREDIT_CODE);
  await page.getByRole('checkbox', { name: '长期' }).check();

  // The 上传 control is a real file input: the system's file dialog opens on click.
  const chooser = page.waitForEvent('filechooser');
  await uploadControl(page).click();
  await (await chooser).setFiles({ name: '营业执照正本.jpg', mimeType: 'image/jpeg', buffer: await jpegWithExif(400, 200) });
  await expect(thumbnail(page, 1)).toBeVisible();

  await dropFiles(page, [{ name: '副本.png', mimeType: 'image/png', buffer: await pngImage(300, 200) }]);
  await expect(thumbnail(page, 2)).toBeVisible();

  // Bad files, chosen together with a good one: each refusal names its file; nothing added is lost.
  await uploadControl(page).setInputFiles([
    { name: 'x.jpg', mimeType: 'image/jpeg', buffer: textFile() },
    { name: 'empty.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(0) },
    { name: '第三页.webp', mimeType: 'image/webp', buffer: await webpImage(200, 300) },
  ]);
  await expect(page.getByRole('alert').filter({ hasText: '「x.jpg」的内容不是 JPEG 图片' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: '「empty.jpg」文件为空' })).toBeVisible();
  await expect(thumbnail(page, 3)).toBeVisible();
  await expect(thumbnails(page)).toHaveCount(3);
  await expect(page.getByLabel('证照编号', { exact: true })).toHaveValue(VALID_CREDIT_CODE);

  // The same file again is stored once and not listed twice.
  await dropFiles(page, [{ name: '副本-2.png', mimeType: 'image/png', buffer: await pngImage(300, 200) }]);
  await expect(page.getByText('「副本-2.png」与已添加的证照扫描件内容相同，未重复添加')).toBeVisible();
  await expect(thumbnails(page)).toHaveCount(3);

  // Clicking a thumbnail opens the large preview, turned upright by its EXIF orientation.
  await thumbnail(page, 1).click();
  const dialog = page.getByRole('dialog', { name: `${LABEL} 1` });
  await expect(dialog).toBeVisible();
  const preview = dialog.getByRole('img', { name: `${LABEL} 1 预览` });
  await expect(preview).toBeVisible();
  const size = await preview.evaluate((img: HTMLImageElement) => ({ w: img.naturalWidth, h: img.naturalHeight }));
  expect(size).toEqual({ w: 200, h: 400 });
  // A click that lands during the dialog's opening animation can be ignored by antd; a person clicks again.
  await expect(async () => {
    if (await dialog.isVisible()) await dialog.getByRole('button', { name: '关闭' }).first().click({ timeout: 2_000 });
    await expect(dialog).toBeHidden({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });

  // 删除 takes a scan out of the field only.
  await page.getByRole('button', { name: `删除${LABEL} 2`, exact: true }).click();
  await expect(thumbnails(page)).toHaveCount(2);

  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('table', { name: '证照列表' }).getByRole('row').filter({ hasText: VALID_CREDIT_CODE })).toBeVisible();

  await page.reload();
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: '证照', exact: true }).click();
  await page.getByRole('table', { name: '证照列表' }).getByRole('row').filter({ hasText: VALID_CREDIT_CODE }).getByRole('button', { name: '编辑' }).click();
  await expect(thumbnails(page)).toHaveCount(2);
  await expect(thumbnail(page, 1)).toBeVisible();
  await expect(thumbnail(page, 2)).toBeVisible();
});

test('证照扫描件: an oversized image is refused before it is sent, with its size', async ({ app }) => {
  const { page } = app;
  await openLicenseForm(page);
  // A sparse 41 MB file on disk: the browser reads its size, not its bytes.
  const big = path.join(app.workspace, '超大扫描.jpg');
  writeFileSync(big, '');
  truncateSync(big, 41 * 1024 * 1024);
  await uploadControl(page).setInputFiles(big);
  await expect(page.getByRole('alert').filter({ hasText: '「超大扫描.jpg」有 41.0 MB，超过 40 MB 的上限' })).toBeVisible();
  await expect(page.getByRole('list', { name: `已添加的${LABEL}` })).toHaveCount(0);
});

test('证件正面 (one scan): a new file replaces the scan, 删除 empties the field', async ({ app }) => {
  const { page } = app;
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: '人员', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: '人员', exact: true })).toBeVisible();
  await page.getByRole('button', { name: '新增', exact: true }).click();

  const front = page.getByLabel('上传证件正面', { exact: true });
  await front.setInputFiles({ name: '正面.jpg', mimeType: 'image/jpeg', buffer: await jpegWithExif(400, 200) });
  await expect(page.getByRole('img', { name: '证件正面', exact: true })).toBeVisible();
  await expect(page.getByRole('img', { name: '证件反面', exact: true })).toHaveCount(0);

  await front.setInputFiles({ name: '重拍.png', mimeType: 'image/png', buffer: await pngImage(320, 200) });
  // Wait until the thumbnail shows the replacement (landscape 320×200, the first photo was portrait) before opening it.
  const thumb = page.getByRole('img', { name: '证件正面', exact: true });
  await expect
    .poll(() => thumb.evaluate((img: HTMLImageElement) => (img.naturalHeight ? img.naturalWidth / img.naturalHeight : 0)))
    .toBeCloseTo(320 / 200, 1);
  await page.getByRole('button', { name: '查看证件正面', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '证件正面' });
  await expect(dialog.getByRole('img', { name: '证件正面 预览' })).toBeVisible();
  // The replacement is what the field now holds (the photo was 200×400 as displayed).
  await expect(dialog).toContainText('原件 320×200 像素');
  // A click that lands during the dialog's opening animation can be ignored by antd; a person clicks again.
  await expect(async () => {
    if (await dialog.isVisible()) await dialog.getByRole('button', { name: '关闭' }).first().click({ timeout: 2_000 });
    await expect(dialog).toBeHidden({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  await expect(page.getByRole('img', { name: '证件正面', exact: true })).toHaveCount(1);

  await page.getByRole('button', { name: '删除证件正面', exact: true }).click();
  await expect(page.getByRole('img', { name: '证件正面', exact: true })).toHaveCount(0);
});
