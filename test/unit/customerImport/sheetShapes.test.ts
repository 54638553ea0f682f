import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiHost, type ApiHost } from '../../../electron/api/host';
import { guessMapping } from '../../../electron/services/customerImport/guessMapping';
import { runImport, type RejectedRow } from '../../../electron/services/customerImport/importJob';
import { readSheet } from '../../../electron/services/customerImport/readSheet';
import { MAX_IMPORT_ROWS, type ImportProgress } from '../../../shared/records/customerImport';
import { BILLING_HEADERS, billingRow, csvText, xlsxBytes } from '../../support/customerSheets';
import { tempWorkspace } from '../../support/tempWorkspace';

describe('which rows of which sheet are read', () => {
  it('takes the first worksheet that has anything in it, and skips blank rows', async () => {
    const sheet = await readSheet('两页.xlsx', await xlsxBytes([billingRow(1), [], [null, '', ''], billingRow(2)], { emptySheetFirst: true, sheetName: '客户列表' }));
    expect(sheet.sheetName).toBe('客户列表');
    expect(sheet.headers[0]).toBe('空间编号');
    expect(sheet.rows.map((r) => r.row)).toEqual([2, 5]);
  });

  it('finds the header under a title row and a blank line, as billing systems export it; row numbers stay as the sheet shows', async () => {
    const title = ['厦门示例数据 客户空间信息表（2026年11月）'];
    const bytes = await xlsxBytes([[], [...BILLING_HEADERS], billingRow(1), billingRow(2)], { headers: title });
    const sheet = await readSheet('带标题.xlsx', bytes);
    expect(sheet.headers).toEqual([...BILLING_HEADERS]);
    expect(sheet.rows.map((r) => r.row)).toEqual([4, 5]);
    expect(guessMapping(sheet.headers)).toMatchObject({ spaceCode: 0, renterName: 2, renterIdNumber: 4 });

    const csv = await readSheet('带标题.csv', Buffer.from(`客户空间信息表\r\n${csvText([billingRow(1)])}`));
    expect(csv.headers).toEqual([...BILLING_HEADERS]);
    expect(csv.rows.map((r) => r.row)).toEqual([3]);
  });

  it('keeps row 1 as the header when no row names the fields (nothing is guessed away)', async () => {
    const sheet = await readSheet('英文.csv', Buffer.from('code,name\r\nA1,B1\r\n'));
    expect(sheet.headers).toEqual(['code', 'name']);
    expect(sheet.rows.map((r) => r.cells)).toEqual([['A1', 'B1']]);
  });

  it(`refuses more than ${MAX_IMPORT_ROWS.toLocaleString('en-US')} data rows`, async () => {
    const text = `编号,名称\r\n${'A,B\r\n'.repeat(MAX_IMPORT_ROWS + 1)}`;
    await expect(readSheet('多.csv', Buffer.from(text))).rejects.toThrow(/数据行太多（一次最多 200,000 行）/);
    await expect(readSheet('刚好.csv', Buffer.from(`编号,名称\r\n${'A,B\r\n'.repeat(MAX_IMPORT_ROWS)}`))).resolves.toMatchObject({ rows: { length: MAX_IMPORT_ROWS } });
  });
});

describe('import progress', () => {
  const ws = tempWorkspace();
  let host: ApiHost;
  beforeAll(async () => {
    host = await openApiHost(ws.dir);
  });
  afterAll(async () => {
    await host.close();
    ws.remove();
  });

  it('goes validate 0…N, then write 0 of the good rows, and never backwards', async () => {
    const rows = Array.from({ length: 4500 }, (_, i) => billingRow(i));
    rows[10]![2] = '';
    const sheet = await readSheet('进度.csv', Buffer.from(csvText(rows)));
    const seen: ImportProgress[] = [];
    const rejected: RejectedRow[] = [];
    const result = await runImport(host.session.store, sheet, guessMapping(sheet.headers), false, (p) => seen.push(p), rejected);
    expect(result).toMatchObject({ totalRows: 4500, imported: 4499, rejected: 1 });
    expect(rejected[0]).toMatchObject({ row: 12, reason: expect.stringMatching(/^租用者名称：/) });
    const validate = seen.filter((p) => p.phase === 'validate');
    expect(validate.map((p) => p.done)).toEqual([0, 2000, 4000, 4500]);
    expect(validate.every((p) => p.total === 4500)).toBe(true);
    expect(seen.at(-1)).toEqual({ phase: 'write', done: 0, total: 4499 });
  });
});
