import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiHost, type ApiHost } from '../../../electron/api/host';
import { guessMapping } from '../../../electron/services/customerImport/guessMapping';
import { runImport, type RejectedRow } from '../../../electron/services/customerImport/importJob';
import { readSheet } from '../../../electron/services/customerImport/readSheet';
import { MAX_IMPORT_ROWS, type ImportProgress } from '../../../shared/records/customerImport';
import { billingRow, csvText, xlsxBytes } from '../../support/customerSheets';
import { tempWorkspace } from '../../support/tempWorkspace';

describe('which rows of which sheet are read', () => {
  it('takes the first worksheet that has anything in it, and skips blank rows', async () => {
    const sheet = await readSheet('两页.xlsx', await xlsxBytes([billingRow(1), [], [null, '', ''], billingRow(2)], { emptySheetFirst: true, sheetName: '客户列表' }));
    expect(sheet.sheetName).toBe('客户列表');
    expect(sheet.headers[0]).toBe('空间编号');
    expect(sheet.rows.map((r) => r.row)).toEqual([2, 5]);
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
