// What the police ask for, as printed (issue 11 items 1–3): 01's 机房 and 网络安全负责人 / 24小时应急联系人, 04's
// 所在机房 with the out-of-block reminder, 03's 值班制度, 值班电话 and each duty person's mobile; read back with
// pdftotext. Also: a workspace from before these fields prints what is missing, never a blank.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiHost, type ApiHost } from '../../../electron/api/host';
import { loadFilingRecords, type FilingRecords } from '../../../electron/filing/records';
import { buildFilingPdfs } from '../../../electron/filing/pdfs';
import * as dutyRosterPdf from '../../../electron/filing/pdfs/dutyRosterPdf';
import { renderLayout } from '../../../electron/pdf';
import { MARGIN } from '../../../electron/pdf/document';
import { run } from '../../../electron/storage/rows';
import { DUTY_POLICY_TEMPLATE } from '../../../shared/records/dutyPolicy';
import { SAMPLE_UNIT } from '../../support/sampleData';
import { tempWorkspace } from '../../support/tempWorkspace';
import { PdfFile } from '../pdf/poppler';
import { DUTY_PHONE, fillWorkspace, GENERATED_AT, MONTH, PEOPLE, residentId } from './fixture';

/** Whitespace gone: a value wrapped inside its cell reads whole. */
const flat = (s: string) => s.replace(/\s+/g, '');

async function ok<T>(host: ApiHost, method: string, input: unknown): Promise<T> {
  const reply = await host.dispatch(method, input, { transport: 'test' });
  if (!reply.ok) throw new Error(`${method} refused: ${reply.error.message} (${reply.error.field ?? ''})`);
  return reply.result as T;
}

async function texts(records: FilingRecords): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const b of await buildFilingPdfs(records, { month: MONTH, generatedAt: GENERATED_AT })) {
    const f = new PdfFile(b.bytes);
    try {
      out[b.fileName.slice(0, 2)] = f.text();
    } finally {
      f.close();
    }
  }
  return out;
}

const ROOM_ONE = {
  name: '演示一号机房',
  address: '厦门市思明区演示路1号三楼',
  operator: '厦门演示数据中心有限公司',
  upstream: '演示电信厦门分公司',
  bandwidth: '10Gbps',
  ipBlocks: ['203.0.113.0/24', '2001:db8:100::/48'],
  contactName: '周机房',
  contactPhone: '0592-5551234',
};
/** Run by the unit itself, with nothing but a name and an address yet. */
const ROOM_TWO = { name: '演示二号机房', address: '厦门市湖里区演示大道2号' };

describe('01, 03 and 04 print the rooms, the two contact roles and the 值班制度', () => {
  const ws = tempWorkspace('beian-police-print-');
  let host: ApiHost;
  let records: FilingRecords;
  let pdf: Record<string, string>;

  beforeAll(async () => {
    host = await openApiHost(ws.dir);
    await fillWorkspace(host.dispatch, 1);
    const one = await ok<{ id: string }>(host, 'idcRooms.save', ROOM_ONE);
    await ok(host, 'idcRooms.save', ROOM_TWO);
    await ok(host, 'dutyPolicy.save', { text: DUTY_POLICY_TEMPLATE });
    const server = { hostname: '', rack: 'C01-01U', purposes: ['网站/虚拟空间'], onlineDate: '2026-03-01', filedOn: '2026-03-05', managers: [] };
    await ok(host, 'servers.save', { ...server, assetNo: 'XM-ROOM-IN', ips: ['203.0.113.10', '2001:db8:100::5'], roomId: one.id });
    await ok(host, 'servers.save', { ...server, assetNo: 'XM-ROOM-OUT', ips: ['203.0.113.11', '198.51.100.7'], roomId: one.id });
    records = loadFilingRecords(host.session.store, { month: MONTH });
    pdf = await texts(records);
  }, 120_000);

  afterAll(async () => {
    await host?.close();
    ws.remove();
  });

  it('01: every room with each of its fields, the operator or （自营）, the server count, on 公安部令第33号 第十二条 and 第二条', () => {
    const text = pdf['01']!;
    expect(text).toContain('六、机房');
    expect(flat(text)).toContain(flat('依据《计算机信息网络国际联网安全保护管理办法》第十二条：使用计算机信息网络国际联网的法人和其他组织，自网络正式联通之日起三十日内办理备案手续；《厦门市服务器托管行业安全管理规定》第二条'));
    for (const [label, value] of [
      ['机房名称', ROOM_ONE.name],
      ['机房地址', ROOM_ONE.address],
      ['机房运营单位', ROOM_ONE.operator],
      ['接入服务商', ROOM_ONE.upstream],
      ['出口带宽', ROOM_ONE.bandwidth],
      ['IP地址段', ROOM_ONE.ipBlocks[0]!],
      ['机房联系人', ROOM_ONE.contactName],
      ['机房联系电话', ROOM_ONE.contactPhone],
      ['所在服务器', '2 台'],
      ['机房名称', ROOM_TWO.name],
      ['机房运营单位', `${SAMPLE_UNIT.name}（自营）`],
      ['所在服务器', '0 台'],
    ]) {
      expect(text, `${label} ${value}`).toMatch(new RegExp(`${label}\\s+${value!.replace(/[.()（）/]/g, '\\$&').replace(/ /g, '\\s*')}`));
    }
    expect(text).toContain(ROOM_ONE.ipBlocks[1]);
    // 概览's room findings, word for word; the per-server ones counted and sent to 04.
    expect(text).toContain('注意：机房“演示二号机房”尚未填写IP地址段。');
    expect(text).toContain('注意：机房“演示二号机房”尚未填写接入服务商。');
    expect(text).toContain('注意：服务器IP不在所在机房的IP地址段内（1 台，明细见《服务器登记表》）。');
    expect(text).toContain('注意：服务器未选择所在机房（1 台，明细见《服务器登记表》）。');
  });

  it('01: 网络安全负责人 and 24小时应急联系人 with name, role and mobile, on 《网络安全法》第二十三条第（一）项 (2025 text)', () => {
    const text = pdf['01']!;
    expect(text).toContain('四、网络安全负责人和24小时应急联系人');
    expect(flat(text)).toContain(flat('依据《网络安全法》第二十三条第（一）项：确定网络安全负责人（2025年修正，2026年1月1日施行；2017年文本为第二十一条）'));
    expect(text).toMatch(new RegExp(`网络安全负责人\\s+${PEOPLE.officer.name}\\s+${PEOPLE.officer.mobile}\\s+${PEOPLE.officer.title}`));
    expect(text).toMatch(new RegExp(`24小时应急联系人\\s+${PEOPLE.admin.name}\\s+${PEOPLE.admin.mobile}\\s+${PEOPLE.admin.title}`));
    expect(text).not.toContain('尚未确定');
    // Listed once: the 联系人 section that follows leaves them out.
    expect(text.split(PEOPLE.officer.mobile).length - 1).toBe(1);
  });

  it('04: each server’s 所在机房; an IP outside its room’s blocks is marked and told in full; no room says 未选择', () => {
    const text = pdf['04']!;
    expect(text).toMatch(/序号\s+资产编号\s+主机名\s+IP地址\s+所在机房\s+机柜位置/);
    const line = (s: string) => text.split('\n').find((l) => l.includes(s)) ?? '';
    expect(line('XM-ROOM-IN')).toContain(ROOM_ONE.name);
    expect(line('XM-ROOM-OUT')).toContain(ROOM_ONE.name);
    expect(line('XM-SRV-0001')).toContain('未选择');
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.includes('XM-ROOM-OUT'));
    expect(lines[at + 1]).toContain('※IP不在');
    expect(lines[at + 2]).toContain('地址段内');
    expect(text.match(/※/g)).toHaveLength(1);
    expect(text).toContain('所在机房核对（提醒）');
    expect(flat(text)).toContain(flat('· 服务器 XM-ROOM-OUT 的IP地址 198.51.100.7 不在机房“演示一号机房”登记的IP地址段内：请核对IP地址，或在机房中补登地址段'));
    expect(flat(text)).toContain(flat('· 1 台服务器尚未选择所在机房（表中“所在机房”为“未选择”）'));
    expect(text).not.toMatch(/XM-ROOM-IN 的IP地址/);
  });

  it('03: the 值班电话, each duty person with mobile, and the 值班制度 text whole', () => {
    const text = pdf['03']!;
    expect(text).toContain(`值班电话：${DUTY_PHONE}`);
    expect(text).toMatch(/值班人员\s+手机号码\s+职务\s+本月班次/);
    expect(text).toMatch(new RegExp(`${PEOPLE.officer.name}\\s+${PEOPLE.officer.mobile}\\s+${PEOPLE.officer.title}\\s+\\d+ 个`));
    expect(text).toMatch(new RegExp(`${PEOPLE.duty.name}\\s+${PEOPLE.duty.mobile}\\s+${PEOPLE.duty.title}\\s+\\d+ 个`));
    expect(text).toContain('值班制度');
    expect(flat(text)).toContain(flat('依据《厦门市服务器托管行业安全管理规定》第十三条（二）：并将值班制度报公安机关'));
    expect(flat(text)).toContain(flat(DUTY_POLICY_TEMPLATE));
    // Each item of the template starts its own line.
    for (const item of DUTY_POLICY_TEMPLATE.split('\n')) expect(text, item.slice(0, 10)).toMatch(new RegExp(`^\\s*${item.slice(0, 8)}`, 'm'));
  });

  it('03: a 值班制度 of the largest size wraps inside the margins and runs onto further pages, nothing lost', async () => {
    const item = '值班人员应当熟悉机房布局、设备位置和应急处置流程，发现异常立即报告网络安全负责人并记录在案；';
    let long = '';
    for (let n = 1; long.length + 60 < 5000; n++) long += `${n}. ${item}\n`;
    const base = new PdfFile((await renderLayout(dutyRosterPdf.build(records, { month: MONTH, generatedAt: GENERATED_AT }))).bytes);
    const file = new PdfFile((await renderLayout(dutyRosterPdf.build({ ...records, dutyPolicy: { text: long, updatedAt: '' } }, { month: MONTH, generatedAt: GENERATED_AT }))).bytes);
    try {
      const basePages = Number(base.info().Pages);
      const pages = Number(file.info().Pages);
      expect(pages).toBeGreaterThan(basePages + 2);
      // The policy whole once each page's footer and the next page's header are taken out.
      const text = flat(file.text()).replace(/第\d+页\/共\d+页[^：]*生成时间：\d{4}-\d\d-\d\d\d\d:\d\d:\d\d/g, '');
      expect(text).toContain(flat(long));
      // No line of the policy runs past the right margin: pdftotext -layout keeps every line of it within the page's width.
      const words = file.wordBoxes().filter((w) => w.text.includes('值班人员应当'));
      expect(words.length).toBeGreaterThan(90);
      expect(Math.min(...words.map((w) => w.xMin))).toBeGreaterThanOrEqual(MARGIN - 1);
      expect(Math.max(...words.map((w) => w.xMax))).toBeLessThanOrEqual(595.28 - MARGIN + 1);
    } finally {
      file.close();
      base.close();
    }
  });
});

describe('a workspace from before rooms, the two roles and the 值班制度 prints what is missing', () => {
  const ws = tempWorkspace('beian-police-old-');
  let host: ApiHost;
  let pdf: Record<string, string>;

  beforeAll(async () => {
    host = await openApiHost(ws.dir);
    await ok(host, 'unit.save', SAMPLE_UNIT);
    await ok(host, 'people.save', { name: '陈旧人', idType: '居民身份证', idNumber: residentId('350203', '19780512', '111'), roles: ['法定代表人', '主要负责人'], idLongTerm: true });
    await ok(host, 'servers.save', { assetNo: 'OLD-0001', hostname: '', ips: ['10.1.1.1'], rack: '', purposes: ['网站/虚拟空间'], onlineDate: '2026-03-01', filedOn: '', managers: [] });
    // As an older version stored them: no 所在机房 on the server, no 证件有效期 on the person.
    await host.session.store.mutate((tx) => {
      run(tx.db, "UPDATE record SET data = json_remove(data, '$.roomId') WHERE kind = 'server'");
      run(tx.db, "UPDATE record SET data = json_remove(data, '$.idValidTo', '$.idLongTerm') WHERE kind = 'person'");
    });
    pdf = await texts(loadFilingRecords(host.session.store, { month: MONTH }));
  }, 120_000);

  afterAll(async () => {
    await host?.close();
    ws.remove();
  });

  it('01 says no room is declared and neither role is held', () => {
    const text = pdf['01']!;
    expect(text).toContain('六、机房');
    expect(text).toContain('注意：尚未登记机房：请在“机房”中登记机房名称、地址、接入服务商和IP地址段。');
    expect(text).toContain('注意：尚未确定网络安全负责人。');
    expect(text).toContain('注意：尚未确定24小时应急联系人。');
  });

  it('04 says the server has no room; 03 says no 值班制度 and no duty people', () => {
    expect(pdf['04']!.split('\n').find((l) => l.includes('OLD-0001'))).toContain('未选择');
    expect(pdf['04']).toContain('尚未登记机房');
    expect(pdf['03']).toContain('注意：尚未填写值班制度。');
    expect(pdf['03']).toContain('尚未选择值班人员。');
  });
});
