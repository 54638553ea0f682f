import { describe, expect, it } from 'vitest';
import { evaluateCompliance } from '../../../shared/compliance/evaluate';
import { article10Row, article13GroupRow } from '../../../shared/compliance/securityGroup';
import { input, ownGroup, person, row, servers, TODAY, unit } from './records';

const boss = person('王示例', ['法定代表人']);
const admin = person('周示例', ['网络管理员']);
const officer = person('吴示例', ['安全员']);
const people = [boss, admin, officer];
const complete = ownGroup(boss, admin, officer);
const idcGroup = { ...complete, mode: 'idc' as const, idcRoomName: '厦门示例IDC机房', leaderId: '', members: [], protectionPolicy: '' };

describe('第十条: the 信息网络安全小组', () => {
  it('20 servers, no group: amber, asking for an own group or the IDC room', () => {
    const r = article10Row(input({ servers: servers(20), people }));
    expect(r.status).toBe('warn');
    expect(r.screen).toBe('securityGroup');
    expect(r.message).toContain('不超过二十台');
  });

  it('21 servers, no group: red, saying what 第十条 requires', () => {
    const r = article10Row(input({ servers: servers(21), people }));
    expect(r.status).toBe('error');
    expect(r.message).toBe('共 21 台服务器，超过二十台：须自行成立信息网络安全小组：由法定代表人或主要负责人任组长，并有网络管理员和安全员，建立安全保护制度');
    expect(r.details.map((d) => d.text)).toEqual(['尚未登记信息网络安全小组']);
  });

  it('20 servers covered by the IDC room’s group: green, naming the room', () => {
    const r = article10Row(input({ servers: servers(20), people, securityGroup: idcGroup }));
    expect(r.status).toBe('ok');
    expect(r.message).toBe('共 20 台服务器（不超过二十台），由IDC机房“厦门示例IDC机房”信息网络安全小组统一负责');
  });

  it('21 servers and the IDC room’s group: red, every missing piece listed', () => {
    const r = article10Row(input({ servers: servers(21), people, securityGroup: idcGroup }));
    expect(r.status).toBe('error');
    expect(r.details.map((d) => d.text)).toEqual([
      '服务器超过二十台，不能由IDC机房信息网络安全小组统一负责，须自行成立',
      '尚未指定组长（须为法定代表人或主要负责人）',
      '缺少组内职责为网络管理员的成员',
      '缺少组内职责为安全员的成员',
      '尚未填写安全保护制度',
    ]);
  });

  it('21 servers and a complete own group led by the 法定代表人: green', () => {
    expect(article10Row(input({ servers: servers(21), people, securityGroup: complete })).status).toBe('ok');
  });

  it('a 主要负责人 may lead instead of the 法定代表人', () => {
    const main = person('李示例', ['主要负责人']);
    const r = article10Row(input({ servers: servers(21), people: [...people, main], securityGroup: ownGroup(main, admin, officer) }));
    expect(r.status).toBe('ok');
  });

  it('21 servers, the leader neither 法定代表人 nor 主要负责人: red, naming the leader', () => {
    const r = article10Row(input({ servers: servers(21), people, securityGroup: { ...complete, leaderId: admin.id } }));
    expect(r.status).toBe('error');
    expect(r.details.map((d) => d.text)).toEqual(['组长周示例不是法定代表人或主要负责人']);
  });

  it('21 servers, no 安全员 and no policy: red, each missing piece listed', () => {
    const group = { ...complete, members: complete.members.filter((m) => m.duty !== '安全员'), protectionPolicy: '  ' };
    const r = article10Row(input({ servers: servers(21), people, securityGroup: group }));
    expect(r.details.map((d) => d.text)).toEqual(['缺少组内职责为安全员的成员', '尚未填写安全保护制度']);
  });

  it('21 servers, a leader who was removed from 人员: red', () => {
    const r = article10Row(input({ servers: servers(21), people: [admin, officer], securityGroup: complete }));
    expect(r.details.map((d) => d.text)).toEqual(['组长不在人员名单中（可能已被删除），请重新指定']);
  });

  it('20 servers and an incomplete own group: amber, suggesting the IDC room as the alternative', () => {
    const r = article10Row(input({ servers: servers(20), people, securityGroup: { ...complete, protectionPolicy: '' } }));
    expect(r.status).toBe('warn');
    expect(r.message).toContain('也可改为由IDC机房信息网络安全小组统一负责');
    expect(r.details.map((d) => d.text)).toEqual(['尚未填写安全保护制度']);
  });

  it('applies to every unit that runs servers', () => {
    const s = evaluateCompliance(input({ unit: unit(['服务器架设单位']), servers: servers(21), people }), TODAY);
    expect(row(s, '第十条').status).toBe('error');
  });
});

describe('第十三条（一）: an IDC room provider has its own group regardless of its server count', () => {
  it('no servers, no group: red', () => {
    const r = article13GroupRow(input({ people }));
    expect(r.status).toBe('error');
    expect(r.message).toContain('IDC机房服务单位须自行成立信息网络安全小组');
  });

  it('covered by another room’s group: red', () => {
    const r = article13GroupRow(input({ servers: servers(3), people, securityGroup: idcGroup }));
    expect(r.status).toBe('error');
    expect(r.details[0]!.text).toBe('IDC机房服务单位不能由其他机房的安全小组负责，须自行成立');
  });

  it('a complete own group: green; the row appears only for IDC机房服务单位', () => {
    expect(article13GroupRow(input({ people, securityGroup: complete })).status).toBe('ok');
    const idc = evaluateCompliance(input({ unit: unit(['IDC机房服务单位']), people, securityGroup: complete }), TODAY);
    expect(row(idc, '第十三条（一）').status).toBe('ok');
    const other = evaluateCompliance(input({ unit: unit(['服务器架设单位']), people, securityGroup: complete }), TODAY);
    expect(other.rows.some((r) => r.article.startsWith('第十三条'))).toBe(false);
  });
});
