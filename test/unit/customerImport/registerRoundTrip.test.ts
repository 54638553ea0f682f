// 05 客户空间登记表.xlsx (导出登记表, and the sheet in every package) imported into a fresh workspace gives back the
// same spaces: its 所在服务器 cells read 资产编号 / 主机名, its 域名持有者 cell lists one holder per domain
// (同租用者, or a name with the 证件类型 and 证件号码 in brackets). A package on a USB drive can restore the spaces.
import { describe, expect, it } from 'vitest';
import { parseHolderText } from '../../../electron/services/customerImport/cellParsers';
import { apiOnTempWorkspace } from '../../support/apiOnTempWorkspace';
import { PERSON_RENTER, residentId, UNIT_RENTER } from '../customerSpaces/fixtures';
import { importFile } from './importHelpers';

type Stored = Record<string, unknown> & { id: string; spaceCode: string; serverId: string };
const SERVER = { assetNo: 'XM-7001', hostname: 'web7.example.com', ips: ['192.0.2.70'], purposes: ['网站/虚拟空间'], onlineDate: '2026-01-01' };

describe('05 客户空间登记表.xlsx imported back', () => {
  const source = apiOnTempWorkspace();
  const target = apiOnTempWorkspace();

  it('gives the same spaces, servers and per-domain holders in a fresh workspace', async () => {
    const sourceServer = await source.ok<{ id: string }>('servers.save', SERVER);
    const inputs = [
      {
        ...UNIT_RENTER,
        serverId: sourceServer.id,
        renterPhone: '0592-5551234',
        openedOn: '2026-11-01',
        reportedOn: '2026-11-20',
        domains: [
          // ICP备案号 on one domain only: the sheet writes '—' for the other, read back as none.
          { domain: 'www.example.com', holderName: '', holderIdType: '', holderIdNumber: '', icpNumber: '闽ICP备12345678号-1', psbNumber: '' },
          { domain: '示例.中国', holderName: '许持有', holderIdType: '居民身份证', holderIdNumber: residentId(51), icpNumber: '', psbNumber: '闽公网安备35020302000123号' },
        ],
        note: '两个域名',
      },
      { ...PERSON_RENTER, serverId: sourceServer.id, openedOn: '2026-11-05', domains: [{ domain: 'blog.example.com', holderName: '', holderIdType: '', holderIdNumber: '' }] },
      { ...PERSON_RENTER, renterName: '王示例', renterIdNumber: residentId(22), openedOn: '2026-11-06' },
    ];
    const saved = [];
    for (const input of inputs) saved.push(await source.ok<{ id: string }>('customerSpaces.save', input));
    // An ended space is still in the register, with its 退租日期: it comes back ended.
    await source.ok('customerSpaces.end', { id: saved[2]!.id, endedOn: '2026-11-30' });
    const sheet = await source.ok<{ fileName: string; dataBase64: string; rows: number }>('customerSpaces.exportXlsx', {});
    expect(sheet.rows).toBe(3);

    const targetServer = await target.ok<{ id: string }>('servers.save', SERVER);
    const { result } = await importFile(target, sheet.fileName, Buffer.from(sheet.dataBase64, 'base64'));
    expect(result).toMatchObject({ imported: 3, rejected: 0, errors: [] });

    // 全部 is the spaces in service; the ended ones are listed under 已退租.
    const all = async (api: typeof source) =>
      (await Promise.all(['全部', '已退租'].map((filter) => api.ok<{ rows: { id: string }[] }>('customerSpaces.search', { filter, limit: 10 })))).flatMap((r) => r.rows);
    const full = async (api: typeof source, serverId: string) =>
      (await Promise.all((await all(api)).map((r) => api.ok<Stored>('customerSpaces.get', { id: r.id }))))
        .map(({ id: _id, serverId: s, changedOn: _c, ...rest }) => ({ ...rest, server: s === serverId ? 'XM-7001' : s }))
        .sort((a, b) => a.spaceCode.localeCompare(b.spaceCode));
    expect(await full(target, targetServer.id)).toEqual(await full(source, sourceServer.id));
    expect((await full(target, targetServer.id)).map((s) => (s as Record<string, unknown>).endedOn)).toEqual(['', '', '2026-11-30']);
  });

  it('refuses a 退租日期 before the 开通日期 or after today, naming the field; a good one imports as 退租', async () => {
    const csv = [
      '租用者类型,租用者名称,证件类型,证件号码,开通日期,退租日期',
      `个人,甲示例,居民身份证,${residentId(31)},2026-10-01,2026-09-30`,
      `个人,乙示例,居民身份证,${residentId(32)},2026-10-01,2099-01-01`,
      `个人,丙示例,居民身份证,${residentId(33)},2026-10-01,2026-10-15`,
      `个人,丁示例,居民身份证,${residentId(34)},2026-10-01,`,
    ].join('\n');
    const { result, preview } = await importFile(target, '退租.csv', Buffer.from(csv, 'utf8'));
    expect(preview.suggestedMapping.endedOn).toBe(5);
    expect(result.imported).toBe(2);
    expect(result.errors.map((e) => [e.row, e.field])).toEqual([
      [2, 'endedOn'],
      [3, 'endedOn'],
    ]);
    expect(result.errors[0]!.message).toContain('退租日期不能早于开通日期（2026-10-01）');
    expect(result.errors[1]!.message).toContain('退租日期不能晚于今天');
    const ended = await target.ok<{ rows: { renterName: string }[] }>('customerSpaces.search', { filter: '已退租', query: '丙示例' });
    expect(ended.rows.map((r) => r.renterName)).toEqual(['丙示例']);
  });

  it('reads a holder cell as 同租用者, a name, or a name with its ID in brackets; other brackets stay in the name', () => {
    expect(parseHolderText('同租用者')).toEqual({ holderName: '' });
    expect(parseHolderText('许持有（居民身份证 35020319800101051X）')).toEqual({ holderName: '许持有', holderIdType: '居民身份证', holderIdNumber: '35020319800101051X' });
    expect(parseHolderText('某某科技有限公司（厦门 分公司）')).toEqual({ holderName: '某某科技有限公司（厦门 分公司）' });
    expect(parseHolderText('许持有')).toEqual({ holderName: '许持有' });
  });
});
