import { describe, expect, it } from 'vitest';
import { apiOnTempWorkspace } from '../../support/apiOnTempWorkspace';
import { billingRow, residentId, xlsxBytes, type Cell } from '../../support/customerSheets';
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
      { domain: 'a1.example.com', holderName: '持有者甲', holderIdType: '居民身份证', holderIdNumber: residentId(77) },
      { domain: 'xn--fsq092h.xn--fiqs8s', holderName: '持有者甲', holderIdType: '居民身份证', holderIdNumber: residentId(77) },
    ]);
  });
});
