import { describe, expect, it } from 'vitest';
import { apiOnTempWorkspace } from '../../support/apiOnTempWorkspace';
import { BILLING_HEADERS, billingRow, csvText, residentId, uscc, xlsxBytes, type Cell } from '../../support/customerSheets';
import { summaryRowsText } from '../../../shared/records/customerImport';
import { importFile } from './importHelpers';

type Space = { spaceCode: string; serverId: string; domains: { domain: string; holderName: string; holderIdType: string; holderIdNumber: string }[] };

describe('what one row becomes', () => {
  const api = apiOnTempWorkspace();

  it('gives the holder columns to every domain of the row, resolves the server by 资产编号, 主机名 or IP, stores IDN in Punycode', async () => {
    const server = await api.ok<{ id: string }>('servers.save', { assetNo: 'XM-7001', hostname: 'web7.example.com', ips: ['192.0.2.70'], purposes: ['网站/虚拟空间'], onlineDate: '2026-01-01' });
    const row = (i: number, changes: Record<number, Cell>) => {
      const r = billingRow(i);
      for (const [c, v] of Object.entries(changes)) r[Number(c)] = v;
      return r;
    };
    const rows = [
      row(1, { 1: 'xm-7001', 8: 'a1.example.com；示例.中国', 9: '持有者甲', 10: residentId(77) }),
      row(3, { 1: 'WEB7.example.com' }),
      row(5, { 1: '192.0.2.70' }),
      row(7, { 1: '10.9.9.9' }),
    ];
    const { result } = await importFile(api, 'detail.xlsx', await xlsxBytes(rows));
    expect(result).toMatchObject({ imported: 3, rejected: 1 });
    expect(result.errors[0]!.message).toBe('第5行 所在服务器：找不到资产编号、主机名或IP为“10.9.9.9”的服务器，请先在“服务器”中登记，或清空这一格');

    const found = await api.ok<{ rows: Space[] }>('customerSpaces.search', { serverId: server.id, limit: 10 });
    expect(found.rows.map((r) => r.spaceCode).sort()).toEqual(['BILL-000001', 'BILL-000003', 'BILL-000005']);
    const first = found.rows.find((r) => r.spaceCode === 'BILL-000001')!;
    expect(first.domains).toEqual([
      { domain: 'a1.example.com', holderName: '持有者甲', holderIdType: '居民身份证', holderIdNumber: residentId(77), icpNumber: '', psbNumber: '' },
      { domain: 'xn--fsq092h.xn--fiqs8s', holderName: '持有者甲', holderIdType: '居民身份证', holderIdNumber: residentId(77), icpNumber: '', psbNumber: '' },
    ]);
  });

  it('a 个体工商户 with a 统一社会信用代码 rents as a 单位, one with an ID card as the person', async () => {
    const headers = [...BILLING_HEADERS, '客户类型'];
    const business = [...billingRow(20), '个体工商户'];
    business[0] = 'GT-000001';
    business[2] = '思明区示例小吃店';
    business[4] = uscc(20);
    const person = [...billingRow(21), '个体工商户'];
    person[0] = 'GT-000002';
    const { result } = await importFile(api, 'gt.csv', Buffer.from(csvText([business, person], headers)));
    expect(result).toMatchObject({ imported: 2, rejected: 0 });
    const found = await api.ok<{ rows: { spaceCode: string; renterKind: string; renterIdType: string }[] }>('customerSpaces.search', { query: 'GT-', limit: 10 });
    expect(found.rows.map((r) => [r.spaceCode, r.renterKind, r.renterIdType])).toEqual([
      ['GT-000001', '单位', '统一社会信用代码'],
      ['GT-000002', '个人', '居民身份证'],
    ]);
  });

  it('a row without 开通日期 is told once to fill it in, not also that it is not a valid date', async () => {
    const r = billingRow(31);
    r[11] = '';
    const { result } = await importFile(api, 'no-date.csv', Buffer.from(csvText([r], BILLING_HEADERS)));
    expect(result).toMatchObject({ imported: 0, rejected: 1 });
    expect(result.errors[0]!.message).toBe('第2行 开通日期：请填写开通日期');
  });

  it('合计 and 小计 rows of a billing export are left out and named, not rejected; a company named 合计… is a renter', async () => {
    const named = billingRow(43);
    named[2] = '合计科技有限公司';
    const rows = [billingRow(41), billingRow(42), ['小计：2 户'], named, ['合计', '', '', '', '', '', '', '', '', '', '', '', '', '3 户']];
    const { result, preview } = await importFile(api, 'with-totals.xlsx', await xlsxBytes(rows));
    expect(preview.summaryRows).toEqual([4, 6]);
    expect(preview.totalRows).toBe(3);
    expect(result).toMatchObject({ totalRows: 3, imported: 3, rejected: 0 });
    expect(summaryRowsText(preview.summaryRows)).toBe('已跳过合计行（不是客户空间）：第 4 行、第 6 行');
  });
});
