// The four filing PDFs built from records saved through the API, written to a temporary folder and read
// back with poppler (pdftotext -layout, pdffonts, pdfinfo): tools this project did not write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiHost, type ApiHost } from '../../../electron/api/host';
import { loadFilingRecords, type FilingRecords } from '../../../electron/filing/records';
import { buildFilingPdfs, filingTextFields } from '../../../electron/filing/pdfs';
import { findMissingCharacters, renderLayout } from '../../../electron/pdf';
import * as serverRegister from '../../../electron/filing/pdfs/serverRegister';
import { SAMPLE_UNIT, VALID_USCC } from '../../support/sampleData';
import { tempWorkspace } from '../../support/tempWorkspace';
import { PdfFile } from '../pdf/poppler';
import { DUTY_PHONE, fillWorkspace, GENERATED_AT, LEAVE_DATE, MONTH, PEOPLE, type Filled } from './fixture';

const SERVERS = 200;
const squash = (s: string) => s.replace(/[ \t]+/g, ' ');

describe('filing PDFs from a workspace filled through the API', () => {
  const ws = tempWorkspace('beian-filing-pdfs-');
  let host: ApiHost;
  let filled: Filled;
  let records: FilingRecords;
  let checkLines: string[];
  const pdf: Record<string, PdfFile> = {};
  let names: string[] = [];

  beforeAll(async () => {
    host = await openApiHost(ws.dir);
    filled = await fillWorkspace(host.dispatch, SERVERS);
    const check = await host.dispatch('dutyRoster.check', { from: '2026-03-01', to: '2026-03-31' });
    if (!check.ok) throw new Error(check.error.message);
    checkLines = (check.result as { lines: string[] }).lines;
    records = loadFilingRecords(host.session.store, { month: MONTH });
    const built = await buildFilingPdfs(records, { month: MONTH, generatedAt: GENERATED_AT });
    names = built.map((b) => b.fileName);
    for (const b of built) pdf[b.fileName.slice(0, 2)] = new PdfFile(b.bytes);
  }, 180_000);

  afterAll(async () => {
    for (const p of Object.values(pdf)) p.close();
    await host?.close();
    ws.remove();
  });

  it('names the files as the package lists them (06 always; 05 and 07 only with spaces and incidents)', () => {
    expect(names).toEqual(['01_单位备案登记表.pdf', '02_信息网络安全小组成员名单.pdf', '03_值班表.pdf', '04_服务器登记表.pdf', '06_月度变更报告.pdf']);
  });

  it('every page of every form: A4 (04 landscape, the others portrait), the unit name, the generation time, 第 N 页 / 共 M 页; every font embedded', () => {
    for (const [key, file] of Object.entries(pdf)) {
      const info = file.info();
      const size = key === '04' ? '841.89 x 595.28 pts (A4)' : '595.28 x 841.89 pts (A4)';
      const sizes = file.pageSizes();
      expect(sizes.length, key).toBe(Number(info.Pages));
      for (const s of sizes) expect(s, key).toEqual({ size, rot: '0' });
      const pages = Number(info.Pages);
      for (let n = 1; n <= pages; n++) {
        const text = file.text(n);
        expect(text, `${key} p${n}`).toContain(SAMPLE_UNIT.name);
        expect(text, `${key} p${n}`).toMatch(/生成时间：2026-03-15 \d\d:00/);
        expect(text, `${key} p${n}`).toMatch(new RegExp(`第\\s*${n}\\s*页\\s*/\\s*共\\s*${pages}\\s*页`));
      }
      const fonts = file.fonts();
      expect(fonts.length, key).toBeGreaterThan(0);
      for (const f of fonts) expect(f, `${key} ${f.name}`).toMatchObject({ emb: true, uni: true });
    }
  });

  it('01 单位备案登记表: unit, 统一社会信用代码, licenses, the legal representative and main responsible person with full ID numbers, signature boxes', () => {
    const text = pdf['01']!.text();
    for (const s of [
      '单位备案登记表',
      SAMPLE_UNIT.name,
      VALID_USCC,
      SAMPLE_UNIT.officeAddress,
      '闽B1-20190001',
      'B11 互联网数据中心业务',
      PEOPLE.legal.name,
      PEOPLE.legal.idNumber,
      PEOPLE.main.name,
      PEOPLE.main.idNumber,
      '依据《厦门市服务器托管行业安全管理规定》第九条',
      `服务器共 ${SERVERS} 台`,
      '本单位自建安全小组',
      '法定代表人（签字）：',
      '单位（盖章）：',
    ]) {
      expect(text, s).toContain(s);
    }
    expect(text).toMatch(/日期：\s+年\s+月\s+日/);
    // Other people are contacts: no ID number of theirs on the form.
    expect(text).toContain(PEOPLE.officer.name);
    expect(text).not.toContain(PEOPLE.officer.idNumber);
  });

  it('02 安全小组名单: 组长 and members with 证件类型 and full ID numbers, the rare 𠮷 through the fallback face, 组长签字 / 单位盖章', () => {
    const file = pdf['02']!;
    const text = file.text();
    for (const s of ['信息网络安全小组成员名单', '组长', PEOPLE.main.name, PEOPLE.admin.name, PEOPLE.officer.name, '网络管理员', '安全员', '0592-5550111', '日志留存不少于六十日', '网络安全法及等级保护培训', '组长（签字）：', '单位（盖章）：', '依据《厦门市服务器托管行业安全管理规定》第十条']) {
      expect(text, s).toContain(s);
    }
    expect(text).toContain('吉田𠮷');
    for (const p of [PEOPLE.main, PEOPLE.admin, PEOPLE.officer]) expect(text.replace(/\s+/g, '')).toContain(`居民身份证${p.idNumber}`);
    expect(text).not.toMatch(/\*{4}/);
    const fonts = file.fonts().map((f) => f.name.replace(/^[A-Z]{6}\+/, ''));
    expect(fonts.sort()).toEqual(['NotoSansJP-Regular', 'NotoSansSC-Regular']);
  });

  it('03 值班表: the duty phone, the shifts, names by day, the gap line exactly as the coverage check words it, 安全员签字', () => {
    const text = squash(pdf['03']!.text());
    // March 2026 is over: its gap is past and stays a finding (judged over the whole month) until a 值班记录 covers it.
    const gaps = checkLines.filter((l) => l.includes('无人值班'));
    expect(gaps).toEqual([`${LEAVE_DATE} 08:00–20:00 无人值班（已过去，未登记实际值班人员）`]);
    for (const s of ['值班表（2026年3月）', DUTY_PHONE, '白班', '夜班', '08:00–20:00', '20:00–08:00', PEOPLE.officer.name, PEOPLE.duty.name, '（空缺）', ...checkLines, '安全员（签字）：', '单位（盖章）：', '第十三条（二）']) {
      expect(text, s).toContain(s);
    }
    expect(text).not.toContain('全时段已覆盖');
    // Every day of March is a row.
    for (const d of ['03-01', '03-15', '03-31']) expect(text).toContain(d);
  });

  it('04 服务器登记表: asset numbers, 备案期限 and state, the end user’s full ID with its type; 200 servers span pages with the header repeated', () => {
    const file = pdf['04']!;
    const text = file.text();
    for (const no of filled.assetNos) expect(text, no).toContain(no);
    expect(text).toContain('备案期限');
    // online 2026-03-01 → deadline 2026-03-31, 16 days left on 2026-03-15; online 2026-01-05 → 2026-02-04, overdue.
    expect(text).toContain('2026-03-31');
    expect(text).toContain('2026-02-04');
    expect(squash(text)).toMatch(/16 天后到期/);
    expect(squash(text)).toMatch(/已逾期 39 天/);
    expect(text).toMatch(/已备案[^\n]*\n[^\n]*2026-03-10/);
    expect(text).toContain('郑客户');
    expect(text.replace(/\s+/g, '')).toMatch(/郑客户（最终用户）居民身份证350203198808088\d{3}/);
    const pages = Number(file.info().Pages);
    expect(pages).toBeGreaterThanOrEqual(5);
    for (let n = 1; n <= pages; n++) {
      const page = file.text(n);
      if (!/XM-SRV-\d{4}/.test(page)) continue;
      // A page of the 安全措施和日志留存 table (the signature boxes take its last row along) repeats that table's header.
      if (/资产编号\s+安全措施 \/ 日志留存/.test(page) && !/序号\s+资产编号/.test(page)) continue;
      expect(page, `page ${n}`).toMatch(/序号\s+资产编号/);
      expect(page, `page ${n}`).toContain('备案期限');
    }
    // The signature boxes are never alone on the last page.
    expect(file.text(pages).replace(/\s+/g, '')).toMatch(/XM-SRV-\d{4}[\s\S]*填表人（签字）/);
    // Each asset number once, in order, across the pages.
    const seen = [...text.matchAll(/XM-SRV-(\d{4})/g)].map((m) => Number(m[1]));
    expect(seen.filter((n, i) => seen.indexOf(n) === i)).toEqual(Array.from({ length: SERVERS }, (_, i) => i + 1));
  });

  it('04 服务器登记表 is landscape with a column each for 主机名 and IP地址, and a typical server on one line', async () => {
    const typical = [
      { assetNo: 'XM-DEMO-0001', hostname: 'srv01.demo.example.com', ips: ['192.168.100.200', '2001:db8::1f'], rack: 'A01-01U' },
      { assetNo: 'XM-DEMO-0002', hostname: 'mail02.idc-xiamen.example.cn', ips: ['203.0.113.254', '2001:db8:85a3::8a2e:1f'], rack: 'B12-41U' },
    ];
    const servers = records.servers.slice(0, typical.length).map((s, i) => ({ ...s, ...typical[i]! }));
    const { bytes } = await renderLayout(serverRegister.build({ ...records, servers }, { month: MONTH, generatedAt: GENERATED_AT }));
    const file = new PdfFile(bytes);
    try {
      for (const s of file.pageSizes()) expect(s).toEqual({ size: '841.89 x 595.28 pts (A4)', rot: '0' });
      const text = file.text();
      expect(text).toMatch(/序号\s+资产编号\s+主机名\s+IP地址\s+所在机房\s+机柜位置\s+用途\s+上线日期\s+备案期限\s+备案状态\s+管理人员/);
      const line = (s: string) => text.split('\n').find((l) => l.includes(s));
      for (const t of typical) {
        // 资产编号, 主机名, first address, 所在机房 (none chosen in this workspace) and 机柜位置 side by side on one line of
        // the row; the second address whole below.
        expect(line(t.assetNo), t.assetNo).toMatch(new RegExp([t.assetNo, t.hostname, t.ips[0]!, '未选择', t.rack].map((v) => v.replace(/[.]/g, '\\.')).join('\\s+')));
        expect(line(t.ips[1]!), t.ips[1]).toBeDefined();
      }
    } finally {
      file.close();
    }
  });

  it('filingTextFields names records without personal data, and finds no missing character (𠮷 is in the fallback face)', () => {
    const fields = filingTextFields(records);
    const personal = Object.values(PEOPLE).flatMap((p) => [p.name, p.idNumber]);
    for (const f of fields) for (const s of personal) expect(f.record, f.record).not.toContain(s);
    expect(fields).toContainEqual({ record: '人员 #3', field: '姓名', text: '吉田𠮷' });
    expect(fields).toContainEqual({ record: '单位', field: '统一社会信用代码', text: VALID_USCC });
    expect(fields).toContainEqual({ record: '服务器 XM-SRV-0001', field: '管理人员 #2 最终用户姓名', text: '郑客户' });
    expect(fields).toContainEqual({ record: '值班表', field: '值班电话', text: DUTY_PHONE });
    expect(findMissingCharacters(fields)).toEqual([]);
  });

  it('reports a character neither face has by record and field, before export', () => {
    const changed: FilingRecords = { ...records, people: records.people.map((p, i) => (i === 3 ? { ...p, name: '王\u{30000}' } : p)) };
    expect(findMissingCharacters(filingTextFields(changed))).toEqual([{ record: '人员 #4', field: '姓名', char: '\u{30000}', codePoint: 'U+30000' }]);
  });
});

describe('filing PDFs of an empty workspace', () => {
  const ws = tempWorkspace('beian-filing-empty-');
  let host: ApiHost;
  beforeAll(async () => {
    host = await openApiHost(ws.dir);
  });
  afterAll(async () => {
    await host?.close();
    ws.remove();
  });

  it('still builds readable PDFs (01–04 and 06) that say what is missing', async () => {
    const records = loadFilingRecords(host.session.store, { month: MONTH });
    const built = await buildFilingPdfs(records, { month: MONTH, generatedAt: GENERATED_AT });
    expect(built.map((b) => b.fileName.slice(0, 2))).toEqual(['01', '02', '03', '04', '06']);
    const texts = built.map((b) => {
      const f = new PdfFile(b.bytes);
      try {
        return f.text();
      } finally {
        f.close();
      }
    });
    expect(texts[0]).toContain('尚未登记法定代表人');
    expect(texts[1]).toContain('尚未登记小组成员');
    expect(texts[2]).toContain('本月尚未生成排班');
    expect(squash(texts[3]!)).toContain('共 0 台');
    expect(texts[4]).toContain('首次备案'); // an empty workspace has never reported: its first 06 says so, not "本期无变更" page after page
    expect(() => loadFilingRecords(host.session.store, { month: '2026-13' })).toThrow(/YYYY-MM/);
  });
});
