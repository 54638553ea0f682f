import type { Page } from '@playwright/test';
import { todayInShanghai } from '../../shared/identity/calendarDate';
import { test, expect } from './fixtures';

// 设置 (第九条: the standard electronic images) as a user meets it: every field by its visible label.

async function openSettings(page: Page) {
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: '设置', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: '设置', exact: true })).toBeVisible();
}

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

test('设置: the image profile shows its defaults, a changed 长边上限 survives a reload and a restart', async ({ app }) => {
  const { page } = app;
  await openSettings(page);
  await expect(field(page, '长边上限（像素）')).toHaveValue('2480');
  await expect(field(page, '分辨率（dpi）')).toHaveValue('300');
  await expect(field(page, '单个文件大小上限')).toHaveValue('1');
  await expect(page.getByLabel('文件大小单位')).toBeVisible();
  await expect(page.getByText('MB', { exact: true })).toBeVisible();
  await expect(field(page, '最低质量')).toHaveValue('50');
  await expect(page.getByRole('switch', { name: '水印' })).not.toBeChecked();
  await expect(field(page, '水印文字')).toHaveValue('仅供备案使用');
  await expect(page.getByText('部分受理机关不接受带水印的图片')).toBeVisible();

  // Each number field's stepper buttons are named in Chinese for a screen reader (antd names them in English).
  const numberFields = await page.getByRole('spinbutton').count();
  expect(numberFields).toBeGreaterThanOrEqual(4);
  await expect(page.getByRole('button', { name: '增加', exact: true })).toHaveCount(numberFields);
  await expect(page.getByRole('button', { name: '减少', exact: true })).toHaveCount(numberFields);
  await expect(page.getByRole('button', { name: /Increase|Decrease/ })).toHaveCount(0);

  await field(page, '长边上限（像素）').fill('2000');
  await field(page, '最低质量').fill('60');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('已保存', { exact: true })).toBeVisible();

  await page.reload();
  await openSettings(page);
  await expect(field(page, '长边上限（像素）')).toHaveValue('2000');
  await expect(field(page, '最低质量')).toHaveValue('60');

  await app.restart();
  await openSettings(app.page);
  await expect(field(app.page, '长边上限（像素）')).toHaveValue('2000');
  await expect(field(app.page, '分辨率（dpi）')).toHaveValue('300');
});

test('设置: the watermark preview shows the text with today’s date; an empty 水印文字 is refused and nothing typed is lost', async ({ app }) => {
  const { page } = app;
  await openSettings(page);
  const preview = page.getByTestId('watermark-preview-text');
  await expect(preview).toHaveText('未开启水印：图片保持原样');

  await page.getByRole('switch', { name: '水印' }).click();
  await expect(preview).toHaveText(`每张图片铺满：仅供备案使用 ${todayInShanghai()}`);
  await expect(page.getByRole('img', { name: `水印预览：仅供备案使用 ${todayInShanghai()}` })).toBeVisible();

  await field(page, '水印文字').fill('厦门备案专用');
  await expect(preview).toHaveText(`每张图片铺满：厦门备案专用 ${todayInShanghai()}`);

  // Too small a limit and an emptied text: the form says what is wrong, under the field.
  await field(page, '长边上限（像素）').fill('100');
  await field(page, '水印文字').fill('');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('长边上限（像素）不能小于 800 像素')).toBeVisible();
  await expect(page.getByText('开启水印时请填写水印文字')).toBeVisible();

  // Another screen and back: the unsaved input is still there.
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: '概览', exact: true }).click();
  await openSettings(page);
  await expect(field(page, '长边上限（像素）')).toHaveValue('100');
  await expect(page.getByRole('switch', { name: '水印' })).toBeChecked();

  await field(page, '长边上限（像素）').fill('2480');
  await field(page, '水印文字').fill('厦门备案专用');
  await field(page, '单个文件大小上限').fill('800');
  await page.getByLabel('文件大小单位').click();
  // The visible item (antd also renders an invisible listbox for screen readers).
  await page.getByTitle('KB', { exact: true }).click();
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('已保存', { exact: true })).toBeVisible();

  await page.reload();
  await openSettings(page);
  await expect(page.getByRole('switch', { name: '水印' })).toBeChecked();
  await expect(field(page, '水印文字')).toHaveValue('厦门备案专用');
  await expect(field(page, '单个文件大小上限')).toHaveValue('800');
  await expect(page.getByTestId('watermark-preview-text')).toHaveText(`每张图片铺满：厦门备案专用 ${todayInShanghai()}`);
});
