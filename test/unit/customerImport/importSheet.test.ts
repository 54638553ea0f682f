import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../shared/records/customerImport';
import { apiOnTempWorkspace } from '../../support/apiOnTempWorkspace';
import { billingRow, residentId, residentIdBadCheck, uscc, xlsxBytes, type Cell } from '../../support/customerSheets';
import { auditCount, importFile, spaceCount } from './importHelpers';

// Column positions of BILLING_HEADERS.
const C = { code: 0, server: 1, name: 2, idType: 3, idNumber: 4, boss: 6, bossId: 7, domains: 8, opened: 11 } as const;
const edit = (row: Cell[], changes: Partial<Record<keyof typeof C, Cell>>) => {
  const r = [...row];
  for (const [k, v] of Object.entries(changes)) r[C[k as keyof typeof C]] = v;
  return r;
};

/** Sheet rows 2… (the header is row 1): good rows and one of each kind of bad row. */
function fixtureRows(): Cell[][] {
  return [
    /* 2 */ billingRow(2),
    /* 3 */ billingRow(3),
    /* 4 */ edit(billingRow(5), { idNumber: residentIdBadCheck(5) }),
    /* 5 */ edit(billingRow(7), { code: 'BILL-000002' }),
    /* 6 */ edit(billingRow(9), { code: 'DB-0001' }),
    /* 7 */ edit(billingRow(11), { domains: 'site2.example.com' }),
    /* 8 */ edit(billingRow(13), { domains: 'taken.example.com' }),
    /* 9 */ edit(billingRow(15), { name: '' }),
    /* 10 */ edit(billingRow(16), { boss: '', bossId: '' }),
    /* 11 */ [],
    /* 12 */ edit(billingRow(17), { code: '', opened: '2026年3月5日' }),
    /* 13 */ edit(billingRow(19), { opened: new Date(Date.UTC(2026, 0, 31)), server: '192.0.2.10' }),
    /* 14 */ edit(billingRow(21), { idNumber: Number(residentId(21).slice(0, 17)) * 10 }),
  ];
}

describe('导入客户空间 from an .xlsx with good and bad rows', () => {
  const api = apiOnTempWorkspace();
  let result: ImportResult;
  let jobId: string;
  let before: { spaces: number; audit: number };

  beforeAll(async () => {
    await api.ok('servers.save', { assetNo: 'XM-9001', hostname: 'web1.example.com', ips: ['192.0.2.10'], purposes: ['网站/虚拟空间'], onlineDate: '2026-01-01' });
    await api.ok('customerSpaces.save', {
      spaceCode: 'DB-0001',
      renterKind: '个人',
      renterName: '已有客户',
      renterIdType: '居民身份证',
      renterIdNumber: residentId(900),
      domains: [{ domain: 'taken.example.com' }],
      openedOn: '2026-01-02',
    });
    before = { spaces: await spaceCount(api), audit: await auditCount(api) };
    ({ result, jobId } = await importFile(api, '客户导出.xlsx', await xlsxBytes(fixtureRows())));
  });

  it('imports the good rows and rejects each bad one with its row number and field', () => {
    expect(result.totalRows).toBe(12);
    expect(result.imported).toBe(4);
    expect(result.rejected).toBe(8);
    expect(result.codesAssigned).toBe(1);
    const byRow = Object.fromEntries(result.errors.map((e) => [e.row, e.message]));
    expect(Object.keys(byRow).map(Number)).toEqual([4, 5, 6, 7, 8, 9, 10, 14]);
    expect(byRow[4]).toMatch(/^第4行 证件号码：.*校验/);
    expect(byRow[5]).toMatch(/^第5行 空间编号：BILL-000002 与第2行重复/);
    expect(byRow[6]).toMatch(/^第6行 空间编号 DB-0001 已被使用过/);
    expect(byRow[7]).toMatch(/^第7行 绑定域名：site2\.example\.com 已在第2行绑定/);
    expect(byRow[8]).toMatch(/^第8行 域名 taken\.example\.com 已绑定在空间 DB-0001 上/);
    expect(byRow[9]).toMatch(/^第9行 租用者名称：请填写租用者名称/);
    expect(byRow[10]).toMatch(/^第10行 单位负责人：/);
    expect(byRow[14]).toMatch(/^第14行 证件号码：Excel 把这一格存成了数字.*文本/);
  });

  it('never puts an ID number into a message', () => {
    const text = result.errors.map((e) => e.message).join('\n');
    expect(text).not.toContain(residentIdBadCheck(5).slice(0, 12));
    expect(text).not.toContain(uscc(16).slice(0, 12));
  });

  it('stores the good rows: code assigned, dates read, server resolved by IP, unit inferred from the credit code', async () => {
    expect(await spaceCount(api)).toBe(before.spaces + 4);
    type Row = { spaceCode: string; renterKind: string; renterIdType: string; openedOn: string; serverLabel: string; domains: { domain: string }[] };
    const rows = (await api.ok<{ rows: Row[] }>('customerSpaces.search', { limit: 100 })).rows;
    const unit = rows.find((r) => r.spaceCode === 'BILL-000002')!;
    expect(unit).toMatchObject({ renterKind: '单位', renterIdType: '统一社会信用代码', openedOn: '2025-01-03' });
    expect(unit.domains.map((d) => d.domain)).toEqual(['site2.example.com']);
    const person = rows.find((r) => r.spaceCode === 'BILL-000003')!;
    expect(person).toMatchObject({ renterKind: '个人', renterIdType: '居民身份证' });
    expect(person.domains.map((d) => d.domain)).toEqual(['site3.example.com', 'www.site3.example.com']);
    expect(rows.find((r) => r.openedOn === '2026-03-05')?.spaceCode).not.toBe('');
    expect(rows.find((r) => r.spaceCode === 'BILL-000019')).toMatchObject({ openedOn: '2026-01-31', serverLabel: expect.stringContaining('XM-9001') });
  });

  it('writes one compact audit row per imported space', async () => {
    expect(await auditCount(api)).toBe(before.audit + 4);
  });

  it('gives the rejected rows as .xlsx: the original header, the rows as they were, and 错误原因', async () => {
    const file = await api.ok<{ fileName: string; dataBase64: string; rows: number }>('customerSpaces.rejectedRows', { jobId });
    expect(file.fileName).toBe('客户导出_被拒绝的行.xlsx');
    expect(file.rows).toBe(8);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['空间编号', '服务器', '客户名称']);
    expect(header).toContain('错误原因');
    expect(ws.rowCount).toBe(9);
    const reasonCol = header.indexOf('错误原因') + 1;
    const second = ws.getRow(3);
    expect(second.getCell(C.code + 1).value).toBe('BILL-000002');
    expect(String(second.getCell(reasonCol).value)).toMatch(/^空间编号：BILL-000002 与第2行重复/);
    // The ID number comes back as the same text, every digit kept.
    expect(ws.getRow(2).getCell(C.idNumber + 1).value).toBe(residentIdBadCheck(5));
  });

  it('imports the rejected rows again once fixed (the file the user gets back is importable)', async () => {
    const fixed = [edit(billingRow(15), { code: 'FIXED-1' })];
    const { result: again } = await importFile(api, '改正.xlsx', await xlsxBytes(fixed));
    expect(again).toMatchObject({ imported: 1, rejected: 0 });
  });
});
