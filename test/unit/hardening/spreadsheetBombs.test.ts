import { describe, expect, it, vi } from 'vitest';
import { readSheetInWorker } from '../../../electron/services/customerImport/readInWorker';
import { apiOnTempWorkspace } from '../../support/apiOnTempWorkspace';
import { billingRow, csvText, xlsxBytes } from '../../support/customerSheets';
import { BOMBS, claimSize } from '../../support/sheetBombs';

describe('spreadsheet bombs are refused in Chinese, and the process stays up', () => {
  // Building and refusing a bomb is quick alone; on a shared 2-core CI machine give each room.
  vi.setConfig({ testTimeout: 120_000 });
  const api = apiOnTempWorkspace();
  const preview = (name: string, bytes: Buffer) => api.refused('customerSpaces.importPreview', { name, dataBase64: bytes.toString('base64') });
  const stillServing = async () => expect(await api.ok('unit.get', {})).toBeNull();

  it.each([
    ['210,000 empty row elements', () => BOMBS.emptyRows(210_000), /行（包括空行）超过/],
    ['2,500,000 shared strings', () => BOMBS.sharedStrings(), /文字条目过多/],
    ['one 10,000,000-character cell', () => BOMBS.hugeCell(), /单元格超过 32,767 个字/],
    ['a cell in column XFD', () => BOMBS.farColumn(), /超过 1000 列/],
    ['5,000 cells in one row', () => BOMBS.wideRow(), /超过 1000 列/],
  ] as const)('.xlsx with %s', async (_what, make, message) => {
    const bytes = await make();
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    const error = await preview('客户.xlsx', bytes);
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'dataBase64' });
    expect(error.message).toMatch(message);
    await stillServing();
  });

  it('.xlsx whose directory declares more uncompressed bytes than any sheet of spaces', async () => {
    const bytes = claimSize(await xlsxBytes([billingRow(1)]), 'xl/worksheets/sheet1.xml', 300 * 1024 * 1024);
    expect((await preview('客户.xlsx', bytes)).message).toMatch(/解压后超过 256 MB/);
    await stillServing();
  });

  it('.csv with 202,000 empty lines, a 100,000-character cell, 2,000 columns', async () => {
    const header = csvText([]);
    expect((await preview('客户.csv', Buffer.from(`空间编号,租用者名称\n${'\n'.repeat(202_000)}`))).message).toMatch(/行（包括空行）超过/);
    expect((await preview('客户.csv', Buffer.from(`空间编号,租用者名称\r\n${',\r\n'.repeat(202_000)}`))).message).toMatch(/行（包括空行）超过/);
    expect((await preview('客户.csv', Buffer.from(`${header}A-1,${'长'.repeat(100_000)}\n`))).message).toMatch(/单元格超过/);
    expect((await preview('客户.csv', Buffer.from(`${header}${'x,'.repeat(2000)}x\n`))).message).toMatch(/超过 1000 列/);
    await stillServing();
  });

  it('a file that outgrows the worker heap or its time ends as a refusal; the next file reads normally', async () => {
    const big = await xlsxBytes(Array.from({ length: 5_000 }, (_, i) => billingRow(i)));
    await expect(readSheetInWorker('客户.xlsx', big, { heapMb: 16 })).rejects.toThrow(/内存超出了上限/);
    await expect(readSheetInWorker('客户.xlsx', big, { wallMs: 1 })).rejects.toThrow(/秒仍未完成/);
    const small = await readSheetInWorker('客户.xlsx', await xlsxBytes([billingRow(1), billingRow(2)]));
    expect(small.rows).toHaveLength(2);
    await stillServing();
  }, 120_000);
});
