import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/transports/cli/run';
import { billingRow, residentIdBadCheck, xlsxBytes } from '../../support/customerSheets';
import { tempWorkspace } from '../../support/tempWorkspace';

async function beian(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stdin: process.stdin });
  return { code, stdout, stderr };
}

describe('beian import customers FILE --workspace DIR [--dry-run]', () => {
  const files = tempWorkspace('beian-import-files-');
  const ws = tempWorkspace();
  afterAll(() => {
    files.remove();
    ws.remove();
  });

  const sheet = async (name: string) => {
    const rows = [billingRow(1), billingRow(2), billingRow(3), billingRow(4)];
    rows[2]![4] = residentIdBadCheck(3);
    const file = path.join(files.dir, name);
    writeFileSync(file, await xlsxBytes(rows));
    return file;
  };

  it('--dry-run reports what would be imported and writes nothing', async () => {
    const file = await sheet('试导入.xlsx');
    const r = await beian(['import', 'customers', file, '--workspace', ws.dir, '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^试导入（未写入）：可导入 3 行，拒绝 1 行/);
    const list = await beian(['call', 'customerSpaces.search', '{}', '--workspace', ws.dir]);
    expect(JSON.parse(list.stdout).total).toBe(0);
  });

  it('imports, lists each rejected row on stdout, progress on stderr, and saves the rejected rows beside the file', async () => {
    const file = await sheet('客户.xlsx');
    const r = await beian(['import', 'customers', file, '--workspace', ws.dir]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('导入 3 行，拒绝 1 行');
    expect(lines[1]).toMatch(/^第4行 证件号码：.*校验/);
    expect(r.stderr).toMatch(/完成 4\/4/);
    expect(r.stderr).toContain('客户名称 → 租用者名称');
    const rejected = path.join(files.dir, '客户_被拒绝的行.xlsx');
    expect(existsSync(rejected)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(rejected) as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.rowCount).toBe(2);
    const list = await beian(['call', 'customerSpaces.search', '{}', '--workspace', ws.dir]);
    expect(JSON.parse(list.stdout).total).toBe(3);
  });

  it('exits 1 with the reason when the file itself is refused, and writes nothing', async () => {
    const file = path.join(files.dir, '坏.xlsx');
    writeFileSync(file, (await xlsxBytes([billingRow(9)])).subarray(0, 500));
    const r = await beian(['import', 'customers', file, '--workspace', ws.dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^未导入：这个 \.xlsx 文件不完整/);
    const missing = await beian(['import', 'customers', path.join(files.dir, '没有.csv'), '--workspace', ws.dir]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('找不到文件「没有.csv」');
    const list = await beian(['call', 'customerSpaces.search', '{}', '--workspace', ws.dir]);
    expect(JSON.parse(list.stdout).total).toBe(3);
  });
});
