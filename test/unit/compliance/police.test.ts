import { describe, expect, it } from 'vitest';
import { evaluateCompliance } from '../../../shared/compliance/evaluate';
import { completenessCheck } from '../../../shared/filing/completeness';
import { IDC_ROOM_ARTICLE } from '../../../shared/compliance/idcRooms';
import type { StoredIdcRoom } from '../../../shared/records/idcRoom';
import { daysFromToday, input, person, row, server, TODAY, unit } from './records';

const room = (over: Partial<StoredIdcRoom> = {}): StoredIdcRoom => ({
  id: 'room-1',
  name: '演示一号机房',
  address: '厦门市思明区演示路1号',
  operator: '',
  upstream: '演示电信',
  bandwidth: '10Gbps',
  ipBlocks: ['203.0.113.0/24', '2001:db8:100::/48'],
  contactName: '演示联系人',
  contactPhone: '0592-5551234',
  ...over,
});

const officer = () => person('网安示例', ['网络安全负责人', '24小时应急联系人'], { mobile: '13800000009' });

describe('机房 and its IP地址段', () => {
  it('no room at all is a reminder, never a blocker', () => {
    const s = evaluateCompliance(input({ unit: unit(['服务器架设单位']), servers: [server()], idcRooms: [] }), TODAY);
    const r = row(s, IDC_ROOM_ARTICLE, '机房');
    expect(r.status).toBe('warn');
    expect(r.details[0]!.text).toContain('尚未登记机房');
    expect(completenessCheck(s, [], []).blocking.map((b) => b.text).join()).not.toContain('机房');
  });

  it('a server IP outside every block of its room is named; one inside is fine, IPv6 too', () => {
    const inside = server({ assetNo: 'IN-1', roomId: 'room-1', ips: ['203.0.113.10', '2001:db8:100::5'] });
    const outside = server({ assetNo: 'OUT-1', roomId: 'room-1', ips: ['203.0.113.11', '198.51.100.7'] });
    const noRoom = server({ assetNo: 'NONE-1' });
    const s = evaluateCompliance(input({ unit: unit(['IDC机房服务单位']), servers: [inside, outside, noRoom], idcRooms: [room()] }), TODAY);
    const texts = row(s, IDC_ROOM_ARTICLE, 'IP地址段').details.map((d) => d.text);
    expect(texts).toContain('服务器 OUT-1 的IP地址 198.51.100.7 不在机房“演示一号机房”登记的IP地址段内：请核对IP地址，或在机房中补登地址段');
    expect(texts).toContain('服务器 NONE-1 尚未选择所在机房');
    expect(texts.join()).not.toContain('IN-1');
  });

  it('one 机房 row for every unit, under 公安部令第33号 第十二条, never sharing 第二条 or 第八条 with another row', () => {
    for (const roles of [['IDC机房服务单位'], ['服务器架设单位'], ['IDC机房服务单位', '服务器架设单位']] as const) {
      const s = evaluateCompliance(input({ unit: unit([...roles]), servers: [server()], idcRooms: [room()] }), TODAY);
      const rooms = s.rows.filter((r) => r.topic === '机房及其IP地址段');
      expect(rooms.map((r) => r.article), roles.join()).toEqual(['《计算机信息网络国际联网安全保护管理办法》第十二条']);
      const heads = s.rows.map((r) => `${r.article}|${r.topic}`);
      expect(new Set(heads).size, roles.join()).toBe(heads.length);
      expect(s.rows.filter((r) => r.article === '第二条' || r.article === '第八条').map((r) => r.topic).join()).not.toContain('机房及其');
    }
  });

  it('every server in a declared block: green', () => {
    const s = evaluateCompliance(input({ unit: unit(['服务器架设单位']), servers: [server({ roomId: 'room-1', ips: ['203.0.113.1'] })], idcRooms: [room()] }), TODAY);
    expect(row(s, IDC_ROOM_ARTICLE, '机房').status).toBe('ok');
  });
});

describe('网络安全负责人 and 24小时应急联系人 (《网络安全法》第二十三条 as amended in 2025)', () => {
  it('both missing: red, citing the article in force, and the export is blocked', () => {
    const s = evaluateCompliance(input({ unit: unit(['服务器架设单位']), people: [person('王示例', ['法定代表人', '主要负责人'])] }), TODAY);
    const r = row(s, '《网络安全法》第二十三条');
    expect(r.status).toBe('error');
    expect(r.details.map((d) => d.text).join('\n')).toContain('《网络安全法》第二十三条第（一）项：确定网络安全负责人（2025年修正，2026年1月1日施行；2017年文本为第二十一条）');
    expect(r.details.map((d) => d.text).join('\n')).toContain('尚未确定24小时应急联系人');
    expect(completenessCheck(s, [], []).blocking.some((b) => b.article === '《网络安全法》第二十三条')).toBe(true);
  });

  it('held, but without a 手机号码: red, naming the person', () => {
    const s = evaluateCompliance(input({ unit: unit(['服务器架设单位']), people: [person('钱示例', ['网络安全负责人', '24小时应急联系人'])] }), TODAY);
    expect(row(s, '《网络安全法》第二十三条').details.map((d) => d.text)).toEqual(['钱示例（网络安全负责人）未填写手机号码', '钱示例（24小时应急联系人）未填写手机号码']);
  });

  it('both held with a mobile: green', () => {
    const s = evaluateCompliance(input({ unit: unit(['服务器架设单位']), people: [officer()] }), TODAY);
    expect(row(s, '《网络安全法》第二十三条').status).toBe('ok');
  });
});

describe('值班制度 (第十三条（二）)', () => {
  it('an IDC unit without one is red; with one it is green; not read, no row', () => {
    const base = { unit: unit(['IDC机房服务单位']) };
    expect(row(evaluateCompliance(input({ ...base, dutyPolicy: null }), TODAY), '第十三条（二）', '值班制度').status).toBe('error');
    expect(row(evaluateCompliance(input({ ...base, dutyPolicy: { text: '专人二十四小时值班……' } }), TODAY), '第十三条（二）', '值班制度').status).toBe('ok');
    expect(evaluateCompliance(input(base), TODAY).rows.some((r) => r.topic === '值班制度')).toBe(false);
  });
});

describe('绑定域名的备案号', () => {
  it('a bound domain with neither number is a reminder naming the space and the domain (in Unicode: 示例.中国)', () => {
    const s = evaluateCompliance(
      input({
        unit: unit(['服务器架设单位']),
        servers: [server()],
        domainFilings: { unfiled: [{ spaceId: 's1', spaceCode: 'XM-IDC-000001', domain: 'xn--fsq092h.xn--fiqs8s' }], unfiledCount: 1, total: 3 },
      }),
      TODAY,
    );
    const r = row(s, '第四条', '备案号');
    expect(r.status).toBe('warn');
    expect(r.message).toBe('1 个绑定域名既无ICP备案号也无公安联网备案号');
    expect(r.details[0]!.text).toBe('空间编号 XM-IDC-000001 的绑定域名 示例.中国 既无ICP备案号也无公安联网备案号：请核对并填写');
    expect(completenessCheck(s, [], []).warnings.some((w) => w.text.includes('备案号'))).toBe(true);
  });
});

describe('证件有效期 of the 法定代表人 and 主要负责人 (第九条)', () => {
  const people9 = (over: Parameters<typeof person>[2]) => [person('王示例', ['法定代表人', '主要负责人'], over), officer()];
  const row9 = (over: Parameters<typeof person>[2]) => row(evaluateCompliance(input({ unit: unit(['服务器架设单位']), people: people9(over) }), TODAY), '第九条', '法定代表人');

  it('expired: red (blocks the export)', () => {
    const r = row9({ idLongTerm: false, idValidTo: daysFromToday(-1) });
    expect(r.status).toBe('error');
    expect(r.details[0]!.text).toBe(`王示例（法定代表人、主要负责人）的证件已于 ${daysFromToday(-1)} 过期：第九条要求有效身份证件，请换证后更新证件号码和扫描件`);
  });

  it('expiring within the licence window: a reminder with its due date; later or 长期: green', () => {
    const r = row9({ idLongTerm: false, idValidTo: daysFromToday(30) });
    expect(r.status).toBe('warn');
    expect(r.details[0]).toMatchObject({ due: daysFromToday(30) });
    expect(row9({ idLongTerm: false, idValidTo: daysFromToday(61) }).status).toBe('ok');
    expect(row9({ idLongTerm: true, idValidTo: '' }).status).toBe('ok');
  });

  it('not typed yet: a reminder', () => {
    expect(row9({ idLongTerm: false, idValidTo: '' }).details[0]!.text).toBe('王示例（法定代表人、主要负责人）未填写证件有效期至（或勾选“长期”）');
  });

  it('the same scan for two different people is a reminder', () => {
    const a = person('甲示例', ['法定代表人']);
    const b = person('乙示例', ['主要负责人'], { idFront: a.idFront });
    const r = row(evaluateCompliance(input({ unit: unit(['服务器架设单位']), people: [a, b] }), TODAY), '第九条', '法定代表人');
    expect(r.status).toBe('warn');
    expect(r.details.map((d) => d.text)).toEqual(['甲示例、乙示例 的证件扫描件是同一张图片：请核对，每人应上传本人的证件']);
  });
});
