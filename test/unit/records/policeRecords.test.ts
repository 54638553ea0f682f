import { describe, expect, it } from 'vitest';
import type { ComplianceSummary } from '../../../shared/compliance/summary';
import { DUTY_POLICY_TEMPLATE } from '../../../shared/records/dutyPolicy';
import type { StoredIdcRoom } from '../../../shared/records/idcRoom';
import type { StoredPerson } from '../../../shared/records/person';
import { apiOnTempWorkspace } from '../../support/apiOnTempWorkspace';
import { residentId } from '../../support/customerSheets';
import { SAMPLE_UNIT } from '../../support/sampleData';
import { space } from '../customerSpaces/fixtures';

const ROOM = {
  name: '演示一号机房',
  address: '厦门市思明区演示路1号',
  upstream: '演示电信',
  bandwidth: '10Gbps',
  ipBlocks: ['203.0.113.0/24', '2001:DB8:100::/48'],
  contactName: '演示联系人',
  contactPhone: '0592-5551234',
};

interface Audit {
  entity: string;
  field: string;
  newValue: string | null;
}

describe('机房, 值班制度, roles, ID validity and filing numbers through the API', () => {
  const api = apiOnTempWorkspace();

  it('机房: saved normalized, listed, refused with Chinese messages, a server refers to it, removal waits for its servers', async () => {
    const room = await api.ok<StoredIdcRoom>('idcRooms.save', ROOM);
    expect(room).toMatchObject({ operator: '', ipBlocks: ['203.0.113.0/24', '2001:db8:100::/48'] });
    expect((await api.ok<StoredIdcRoom[]>('idcRooms.list', {})).map((r) => r.name)).toEqual(['演示一号机房']);

    const bad = await api.refused('idcRooms.save', { ...ROOM, name: '二号', ipBlocks: ['203.0.113.5/24'] });
    expect(bad).toMatchObject({ code: 'VALIDATION', field: 'ipBlocks.0' });
    expect(bad.message).toContain('主机位不为0');
    const overlap = await api.refused('idcRooms.save', { ...ROOM, name: '三号', ipBlocks: ['10.0.0.0/8', '10.1.0.0/16'] });
    expect(overlap.message).toContain('重叠');
    const twin = await api.refused('idcRooms.save', ROOM);
    expect(twin.message).toBe('机房名称：已有名为“演示一号机房”的机房，请编辑原有的一条');
    expect((await api.refused('idcRooms.save', { ...ROOM, name: '', address: '' })).message).toContain('请填写机房名称');

    const server = await api.ok<{ id: string; roomId: string }>('servers.save', { assetNo: 'R-1', purposes: ['其他'], onlineDate: '2026-01-05', roomId: room.id, ips: ['198.51.100.9'] });
    expect(server.roomId).toBe(room.id);
    expect((await api.refused('servers.save', { assetNo: 'R-2', purposes: ['其他'], onlineDate: '2026-01-05', roomId: 'nope' })).message).toContain('所在机房');
    const blocked = await api.refused('idcRooms.remove', { id: room.id });
    expect(blocked.message).toBe('机房“演示一号机房”仍有服务器（R-1），请先把这些服务器改到其他机房');

    await api.ok('unit.save', { ...SAMPLE_UNIT, roles: ['服务器架设单位'] });
    const s = await api.ok<ComplianceSummary>('compliance.summary', {});
    const rooms = s.rows.find((r) => r.topic === '机房及其IP地址段')!;
    expect(rooms.details.map((d) => d.text)).toContain('服务器 R-1 的IP地址 198.51.100.9 不在机房“演示一号机房”登记的IP地址段内：请核对IP地址，或在机房中补登地址段');

    const audit = await api.ok<Audit[]>('audit.list', { entity: 'idcRoom' });
    expect(audit.some((a) => a.field === 'ipBlocks')).toBe(true);
  });

  it('值班制度: too short is refused, saved text is audited and read back, and the check turns green', async () => {
    await api.ok('unit.save', { ...SAMPLE_UNIT, roles: ['IDC机房服务单位'] });
    expect(await api.ok('dutyPolicy.get', {})).toBeNull();
    let s = await api.ok<ComplianceSummary>('compliance.summary', {});
    expect(s.rows.find((r) => r.topic === '值班制度')?.status).toBe('error');
    expect((await api.refused('dutyPolicy.save', { text: '有人值班' })).message).toContain('值班制度过短');
    const saved = await api.ok<{ text: string }>('dutyPolicy.save', { text: DUTY_POLICY_TEMPLATE });
    expect(saved.text).toBe(DUTY_POLICY_TEMPLATE);
    expect(await api.ok('dutyPolicy.get', {})).toMatchObject({ text: DUTY_POLICY_TEMPLATE });
    s = await api.ok<ComplianceSummary>('compliance.summary', {});
    expect(s.rows.find((r) => r.topic === '值班制度')?.status).toBe('ok');
    expect((await api.ok<Audit[]>('audit.list', { entity: 'dutyPolicy' })).map((a) => a.field)).toEqual(['text']);
  });

  it('people: the two contact roles need a 手机号码; 证件有效期至 or 长期 is kept', async () => {
    const noMobile = await api.refused('people.save', { name: '网安示例', idType: '居民身份证', idNumber: residentId(301), roles: ['网络安全负责人'] });
    expect(noMobile).toMatchObject({ field: 'mobile', message: '担任网络安全负责人须填写手机号码（公安机关需随时联系）' });
    const p = await api.ok<StoredPerson>('people.save', {
      name: '网安示例',
      idType: '居民身份证',
      idNumber: residentId(301),
      mobile: '13800000009',
      roles: ['网络安全负责人', '24小时应急联系人'],
      idValidTo: '2036-05-01',
    });
    expect(p).toMatchObject({ idValidTo: '2036-05-01', idLongTerm: false, roles: ['网络安全负责人', '24小时应急联系人'] });
    const longTerm = await api.ok<StoredPerson>('people.save', { ...p, id: p.id, idLongTerm: true });
    expect(longTerm).toMatchObject({ idValidTo: '', idLongTerm: true });
    expect((await api.refused('people.save', { ...p, id: p.id, idValidTo: '2026-02-30' })).message).toContain('证件有效期至不是有效日期');
  });

  it('绑定域名: ICP备案号 and 公安联网备案号 are validated, stored, and a domain with neither is a reminder', async () => {
    const bad = await api.refused('customerSpaces.save', space({ domains: [{ domain: 'a.example.com', icpNumber: '闽ICP12345678号' }] }));
    expect(bad.message).toContain('“ICP备”或“ICP证”');
    const saved = await api.ok<{ domains: { icpNumber: string; psbNumber: string }[] }>(
      'customerSpaces.save',
      space({ domains: [{ domain: 'b.example.com', icpNumber: '闽icp备12345678号-1', psbNumber: '闽公网安备35020302000123号' }, { domain: 'c.example.com' }] }),
    );
    expect(saved.domains.map((d) => [d.icpNumber, d.psbNumber])).toEqual([
      ['闽ICP备12345678号-1', '闽公网安备35020302000123号'],
      ['', ''],
    ]);
    const s = await api.ok<ComplianceSummary>('compliance.summary', {});
    const r = s.rows.find((x) => x.topic.includes('备案号'));
    expect(r?.details.map((d) => d.text).join()).toContain('c.example.com');
    expect(r?.details.map((d) => d.text).join()).not.toContain('b.example.com');
  });
});
