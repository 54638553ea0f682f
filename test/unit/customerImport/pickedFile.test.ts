import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { registerPicked } from '../../../electron/services/picker/pickedPaths';
import { apiOnTempWorkspace } from '../../support/apiOnTempWorkspace';
import { billingRow, xlsxBytes } from '../../support/customerSheets';

// 导入客户空间 through 选择文件…: the window hands over the picker's handle, never a path.
describe('importPreview of a file chosen in the app’s own picker', () => {
  const api = apiOnTempWorkspace();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'beian-picked-import-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the file behind a handle the picker issued', async () => {
    const file = path.join(dir, '计费系统导出.xlsx');
    writeFileSync(file, await xlsxBytes([billingRow(1), billingRow(2)]));
    const preview = await api.ok<{ fileName: string; totalRows: number }>('customerSpaces.importPreview', { handle: registerPicked(file, 'file').handle });
    expect(preview).toMatchObject({ fileName: '计费系统导出.xlsx' });
  });

  it('refuses a handle it never issued, a folder’s handle and a file gone since, naming 所选文件', async () => {
    const unknown = await api.refused('customerSpaces.importPreview', { handle: 'picked:00000000-0000-0000-0000-000000000000' });
    expect(unknown).toMatchObject({ code: 'VALIDATION', field: 'handle' });
    expect(unknown.message).toMatch(/^所选文件：.*选择文件…/);
    const folder = await api.refused('customerSpaces.importPreview', { handle: registerPicked(dir, 'folder').handle });
    expect(folder).toMatchObject({ code: 'VALIDATION', field: 'handle' });
    const gone = await api.refused('customerSpaces.importPreview', { handle: registerPicked(path.join(dir, '已删除.xlsx'), 'file').handle });
    expect(gone).toMatchObject({ code: 'VALIDATION', field: 'handle' });
    expect(gone.message).toMatch(/找不到文件「已删除\.xlsx」/);
  });
});
