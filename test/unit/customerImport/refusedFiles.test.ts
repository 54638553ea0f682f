import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../shared/records/customerImport';
import { assertPathAllowed } from '../../../electron/services/customerImport/importFile';
import { apiOnTempWorkspace } from '../../support/apiOnTempWorkspace';
import { billingRow, csvText, xlsxBytes } from '../../support/customerSheets';
import { auditCount, importFile, spaceCount, waitForJob } from './importHelpers';

describe('a broken file is refused whole, with a Chinese message, and nothing is written', () => {
  const api = apiOnTempWorkspace();
  const refused = (name: string, bytes: Buffer) => api.refused('customerSpaces.importPreview', { name, dataBase64: bytes.toString('base64') });

  it('refuses a truncated .xlsx and leaves the spaces and the audit trail as they were', async () => {
    await importFile(api, 'first.xlsx', await xlsxBytes([billingRow(1)]));
    const before = { spaces: await spaceCount(api), audit: await auditCount(api) };
    const whole = await xlsxBytes(Array.from({ length: 200 }, (_, i) => billingRow(10 + i)));
    for (const cut of [Math.floor(whole.length / 2), whole.length - 10]) {
      const err = await refused('客户.xlsx', whole.subarray(0, cut));
      expect(err).toMatchObject({ code: 'VALIDATION', field: 'dataBase64' });
      expect(err.message).toMatch(/不完整|损坏/);
    }
    expect(await spaceCount(api)).toBe(before.spaces);
    expect(await auditCount(api)).toBe(before.audit);
  });

  it('refuses a corrupt .xlsx whose zip directory is intact, promptly (the streaming reader alone can wait forever)', async () => {
    const whole = await xlsxBytes(Array.from({ length: 300 }, (_, i) => billingRow(i)));
    for (let seed = 1; seed <= 20; seed++) {
      const damaged = Buffer.from(whole);
      let x = seed * 2654435761;
      for (let k = 0; k < 3; k++) {
        x = (x * 1103515245 + 12345) >>> 0;
        const at = x % damaged.length;
        damaged[at] = damaged[at]! ^ (1 + (x >>> 24));
      }
      const started = Date.now();
      expect((await refused('坏.xlsx', damaged)).message, `variant ${seed}`).toMatch(/损坏|不完整|不是有效/);
      expect(Date.now() - started).toBeLessThan(5000);
    }
  });

  it('refuses a file that is not what its extension says, an empty file, an .xls and an unknown type', async () => {
    expect((await refused('客户.xlsx', Buffer.from('空间编号,名称\nA,B\n'))).message).toMatch(/不是有效的 \.xlsx/);
    expect((await refused('客户.csv', await xlsxBytes([billingRow(1)]))).message).toMatch(/改为 \.xlsx/);
    expect((await refused('客户.csv', Buffer.alloc(0))).message).toMatch(/空的/);
    expect((await refused('客户.csv', Buffer.from('\r\n\r\n'))).message).toMatch(/空的/);
    expect((await refused('客户.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2]))).message).toMatch(/\.xls/);
    expect((await refused('客户.pdf', Buffer.from('%PDF-1.4'))).message).toMatch(/只能导入 \.xlsx 或 \.csv/);
  });

  it('refuses a CSV with an unbalanced quote', async () => {
    const text = `${csvText([billingRow(1)])}BILL-9,"未闭合的引号,测试用户,身份证\r\n`;
    expect((await refused('客户.csv', Buffer.from(text, 'utf8'))).message).toMatch(/未闭合的引号/);
  });

  it('refuses a file over the size limit before decoding it', async () => {
    const size = MAX_IMPORT_BYTES + 3;
    const err = await api.refused('customerSpaces.importPreview', { name: 'big.csv', dataBase64: 'A'.repeat(Math.ceil(size / 3) * 4) });
    expect(err.message).toMatch(/文件太大/);
  });

  it('takes a path from the command line and tests, never from a window', async () => {
    const err = await api.refused('customerSpaces.importPreview', { path: '/nonexistent/客户.xlsx' });
    expect(err).toMatchObject({ field: 'path', message: '找不到文件「客户.xlsx」，请检查路径' });
    for (const transport of ['ipc', 'http'] as const) expect(() => assertPathAllowed({ transport })).toThrow(/只有命令行可以按文件路径导入/);
    expect(() => assertPathAllowed({ transport: 'cli' })).not.toThrow();
  });
});

describe('importRun with a mapping chosen by hand', () => {
  const api = apiOnTempWorkspace();

  it('imports from headers it could not guess once the user maps the columns, and refuses a column that does not exist', async () => {
    const rows = [billingRow(1), billingRow(2)].map((r) => [2, 4, 11, 6, 7, 0].map((c) => r[c]!));
    const bytes = await xlsxBytes(rows, { headers: ['甲', '乙', '丙', '丁', '戊', '己'] });
    const p = await api.ok<{ importId: string; suggestedMapping: object }>('customerSpaces.importPreview', { name: 'x.xlsx', dataBase64: bytes.toString('base64') });
    expect(p.suggestedMapping).toEqual({});
    const wrong = await api.refused('customerSpaces.importRun', { importId: p.importId, mapping: { renterName: 6 } });
    expect(wrong).toMatchObject({ field: 'mapping.renterName', message: '列对应：第7列不存在（文件只有6列）' });
    const mapping = { renterName: 0, renterIdNumber: 1, openedOn: 2, responsibleName: 3, responsibleIdNumber: 4, spaceCode: 5 };
    const { jobId } = await api.ok<{ jobId: string }>('customerSpaces.importRun', { importId: p.importId, mapping });
    const done = await waitForJob(api, jobId);
    expect(done.result).toMatchObject({ imported: 2, rejected: 0 });
    expect(await spaceCount(api)).toBe(2);
  });

  it('answers NOT_FOUND for a file it no longer holds', async () => {
    const err = await api.refused('customerSpaces.importRun', { importId: 'gone', mapping: {} });
    expect(err).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('请重新选择文件') });
  });
});

describe('试导入 (dry run)', () => {
  const api = apiOnTempWorkspace();

  it('validates against the database like the real import and writes nothing', async () => {
    await importFile(api, 'a.xlsx', await xlsxBytes([billingRow(1)]));
    const before = { spaces: await spaceCount(api), audit: await auditCount(api) };
    const rows = [billingRow(1), billingRow(2), billingRow(3)]; // row 2 repeats BILL-000001 already in the database
    const { result } = await importFile(api, 'b.xlsx', await xlsxBytes(rows), true);
    expect(result).toMatchObject({ dryRun: true, imported: 2, rejected: 1 });
    expect(result.errors[0]!.message).toMatch(/^第2行 空间编号 BILL-000001 已被使用过/);
    expect(await spaceCount(api)).toBe(before.spaces);
    expect(await auditCount(api)).toBe(before.audit);
    // The real run afterwards gives the same answer and writes.
    const { result: real } = await importFile(api, 'b.xlsx', await xlsxBytes(rows));
    expect(real).toMatchObject({ dryRun: false, imported: 2, rejected: 1 });
    expect(await spaceCount(api)).toBe(before.spaces + 2);
  });
});
