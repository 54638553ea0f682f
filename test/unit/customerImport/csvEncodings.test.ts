import { describe, expect, it } from 'vitest';
import { apiOnTempWorkspace } from '../../support/apiOnTempWorkspace';
import { billingRow, csvText, gbkBytes, residentIdBadCheck } from '../../support/customerSheets';
import { importFile, preview } from './importHelpers';

describe('导入客户空间 from CSV', () => {
  const api = apiOnTempWorkspace();

  it('reads a GBK CSV (as Excel on Chinese Windows saves it): Chinese headers and names come through', async () => {
    const rows = [billingRow(100), billingRow(101), billingRow(102)];
    rows[2]![4] = residentIdBadCheck(102);
    rows[2]![3] = '居民身份证';
    rows[2]![6] = '';
    rows[2]![7] = '';
    const bytes = gbkBytes(csvText(rows));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow(); // really not UTF-8
    const p = await preview(api, '客户.csv', bytes);
    expect(p).toMatchObject({ format: 'csv', encoding: 'gbk', totalRows: 3 });
    expect(p.headers[2]).toBe('客户名称');
    expect(p.sampleRows[0]![2]).toBe('厦门示例100号科技有限公司');
    expect(p.suggestedMapping).toMatchObject({ spaceCode: 0, server: 1, renterName: 2, renterIdType: 3, renterIdNumber: 4, renterPhone: 5, responsibleName: 6, responsibleIdNumber: 7, domains: 8, holderName: 9, holderIdNumber: 10, openedOn: 11, reportedOn: 12, note: 13 });

    const { result } = await importFile(api, '客户.csv', bytes);
    expect(result).toMatchObject({ imported: 2, rejected: 1 });
    expect(result.errors[0]!.message).toMatch(/^第4行 证件号码：/);
    const found = await api.ok<{ rows: { renterName: string }[] }>('customerSpaces.search', { query: 'BILL-000100' });
    expect(found.rows.map((r) => r.renterName)).toEqual(['厦门示例100号科技有限公司']);
  });

  it('reads a UTF-8 CSV with a BOM: the first header is not polluted by the BOM', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText([billingRow(200)]), 'utf8')]);
    const p = await preview(api, 'bom.csv', bytes);
    expect(p).toMatchObject({ encoding: 'utf-8', totalRows: 1 });
    expect(p.headers[0]).toBe('空间编号');
    expect(p.suggestedMapping.spaceCode).toBe(0);
    const { result } = await importFile(api, 'bom.csv', bytes);
    expect(result).toMatchObject({ imported: 1, rejected: 0 });
  });

  it("reads Excel's Unicode 文本 (.txt: UTF-16LE with a BOM, tab-separated)", async () => {
    const text = csvText([billingRow(310), billingRow(311)]).replaceAll(',', '\t');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const p = await preview(api, '客户.txt', bytes);
    expect(p).toMatchObject({ format: 'csv', encoding: 'utf-16', totalRows: 2 });
    expect(p.headers[0]).toBe('空间编号');
    expect(p.sampleRows[0]![2]).toBe('厦门示例310号科技有限公司');
    const { result } = await importFile(api, '客户.txt', bytes);
    expect(result).toMatchObject({ imported: 2, rejected: 0 });
  });

  it('reports CSV row numbers as the sheet shows them, blank lines counted but skipped', async () => {
    const text = csvText([billingRow(300), billingRow(301)]).replace('\r\n', '\r\n\r\n'); // a blank line after the header
    const lines = text.split('\r\n');
    lines[3] = lines[3]!.replace('测试用户301', '');
    const { result } = await importFile(api, 'blank.csv', Buffer.from(lines.join('\r\n'), 'utf8'));
    expect(result.totalRows).toBe(2);
    expect(result.errors.map((e) => e.row)).toEqual([4]);
  });
});
