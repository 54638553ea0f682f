import { describe, expect, it } from 'vitest';
import { evaluateCompliance } from '../../../shared/compliance/evaluate';
import { article9LicensesRow, validityFinding } from '../../../shared/compliance/licenses';
import { licenseExpiry } from '../../../shared/records/license';
import { daysFromToday, input, license, row, telecomLicense, TODAY, unit } from './records';

const expiringIn = (days: number) => license({ longTerm: false, validTo: daysFromToday(days) });

describe('license validity (第九条)', () => {
  it('expires in 59 and in 60 days: amber, with the date and the days left', () => {
    for (const days of [59, 60]) {
      const f = validityFinding(expiringIn(days), TODAY);
      expect(f?.status).toBe('warn');
      expect(f?.text).toContain(`有效期至 ${daysFromToday(days)}`);
      expect(f?.text).toContain(`${days} 天后到期`);
      expect(f?.due).toBe(daysFromToday(days));
    }
  });

  it('expires in 61 days: nothing to flag yet', () => {
    expect(validityFinding(expiringIn(61), TODAY)).toBeNull();
  });

  it('有效期至 today is the last valid day: amber "今天到期"', () => {
    const f = validityFinding(expiringIn(0), TODAY);
    expect(f?.status).toBe('warn');
    expect(f?.text).toContain('今天到期');
  });

  it('expired yesterday: red', () => {
    const f = validityFinding(expiringIn(-1), TODAY);
    expect(f?.status).toBe('error');
    expect(f?.text).toContain('已过期 1 天');
  });

  it('长期 never expires', () => {
    expect(validityFinding(license({ longTerm: true, validTo: '' }), '2099-12-31')).toBeNull();
  });

  it('the row says the date and the days left in its message', () => {
    const r = article9LicensesRow(input({ licenses: [expiringIn(59)] }), TODAY, { needsTelecom: false, idcRoom: false });
    expect(r.status).toBe('warn');
    expect(r.message).toBe(`营业执照将于 ${daysFromToday(59)} 到期（剩 59 天）`);
  });
});

describe('营业执照 and 电信业务经营许可证 (第九条, 第三条)', () => {
  const host = (licenses: ReturnType<typeof license>[], roles: Parameters<typeof unit>[0] = ['服务器架设单位']) =>
    evaluateCompliance(input({ unit: unit(roles), licenses }), TODAY);

  it('a hosting unit with both licenses, scanned and valid: green', () => {
    const r = row(host([license(), telecomLicense()]), '第九条', '营业执照');
    expect(r.status).toBe('ok');
    expect(r.screen).toBe('licenses');
    expect(r.message).toBe('营业执照和电信业务经营许可证已登记，扫描件齐全，均在有效期内');
  });

  it('no license at all: red, naming both', () => {
    const r = row(host([]), '第九条', '营业执照');
    expect(r.status).toBe('error');
    expect(r.details.map((d) => d.text)).toEqual(['尚未登记营业执照', '尚未登记电信业务经营许可证']);
  });

  it('a domain registrar that hosts nothing needs no telecom license and no 第九条 row', () => {
    const s = host([], ['域名注册服务单位']);
    expect(s.rows.map((r) => r.article)).toEqual(['第十一条']);
  });

  it('a license without scans is red, naming it by its number', () => {
    const r = row(host([license({ scans: [] }), telecomLicense()]), '第九条', '营业执照');
    expect(r.status).toBe('error');
    expect(r.details[0]!.text).toBe('营业执照 91350200MA2Y8K3L0G：缺少证照扫描件');
  });

  it('a telecom license without 业务种类 is red', () => {
    const r = row(host([license(), telecomLicense({ scope: [] })]), '第九条', '营业执照');
    expect(r.status).toBe('error');
    expect(r.details[0]!.text).toBe('电信业务经营许可证 闽B1-20190001：未选择业务种类');
  });

  it('an expired telecom license turns the row red; one expiring in 30 days amber', () => {
    expect(row(host([license(), telecomLicense({ validTo: daysFromToday(-1) })]), '第九条', '营业执照').status).toBe('error');
    const amber = row(host([license(), telecomLicense({ validTo: daysFromToday(30) })]), '第九条', '营业执照');
    expect(amber.status).toBe('warn');
    expect(amber.details[0]!.text).toBe(`电信业务经营许可证 闽B1-20190001：有效期至 ${daysFromToday(30)}，30 天后到期`);
  });

  it('a 营业执照 whose number differs from the unit’s 统一社会信用代码 is amber', () => {
    const r = row(host([license({ number: '91350206MA31ABCD04' }), telecomLicense()]), '第九条', '营业执照');
    expect(r.status).toBe('warn');
    expect(r.details[0]!.text).toBe('营业执照 91350206MA31ABCD04 与单位信息中的统一社会信用代码 91350200MA2Y8K3L0G 不一致');
  });

  it('an IDC room whose telecom license lacks B11 is amber', () => {
    const r = row(host([license(), telecomLicense({ scope: ['B14'] })], ['IDC机房服务单位']), '第九条', '营业执照');
    expect(r.status).toBe('warn');
    expect(r.message).toContain('B11 互联网数据中心业务');
  });

  it('第三条 (托管服务单位) checks the telecom license on its own row', () => {
    const s = host([license()], ['托管服务单位']);
    const r = row(s, '第三条', '电信业务经营许可证');
    expect(r.status).toBe('error');
    expect(r.message).toBe('尚未登记电信业务经营许可证');
    expect(r.screen).toBe('licenses');
    expect(row(host([license(), telecomLicense()], ['托管服务单位']), '第三条', '电信业务经营许可证').status).toBe('ok');
  });

  it('lists licenses inside the window of their kind among the deadlines (营业执照 60, not 61; 电信 90, not 91), 长期 never', () => {
    const s = host([
      license({ longTerm: false, validTo: daysFromToday(61) }),
      license({ number: '91350206MA31ABCD04', longTerm: false, validTo: daysFromToday(60) }),
      telecomLicense({ validTo: daysFromToday(91) }),
      license({ number: '91350206MA31ABCD05', longTerm: true, validTo: '' }),
    ]);
    expect(s.deadlines).toEqual([
      {
        date: daysFromToday(60),
        text: `营业执照 91350206MA31ABCD04 有效期至 ${daysFromToday(60)}：60 天后到期（第九条）`,
        article: '第九条',
        screen: 'licenses',
        recordId: expect.any(String),
      },
    ]);
  });
});

describe('one expiry window for every kind, 其他 included: 概览, its deadlines and the 证照 tag read the same rule', () => {
  const host = (licenses: ReturnType<typeof license>[]) => evaluateCompliance(input({ unit: unit(['托管服务单位']), licenses }), TODAY);
  const other = (days: number) => license({ kind: '其他', title: 'ICP许可证', number: '闽B2-20200002', longTerm: false, validTo: daysFromToday(days), scans: [] });

  it.each([
    ['营业执照 at 50 days', license({ longTerm: false, validTo: daysFromToday(50) }), 'warn'],
    ['营业执照 at 75 days', license({ longTerm: false, validTo: daysFromToday(75) }), 'ok'],
    ['电信 at 75 days', telecomLicense({ validTo: daysFromToday(75) }), 'warn'],
    ['电信 at 95 days', telecomLicense({ validTo: daysFromToday(95) }), 'ok'],
    ['其他 at 50 days', other(50), 'warn'],
    ['其他 at 75 days', other(75), 'ok'],
    ['其他 expired', other(-3), 'error'],
  ] as const)('%s', (_name, l, expected) => {
    const base = [license(), telecomLicense()].filter((x) => x.kind !== l.kind);
    const s = host([...base, l]);
    const nine = row(s, '第九条', '营业执照');
    const mine = nine.details.filter((d) => d.recordId === l.id);
    const state = licenseExpiry(l, TODAY).state;
    if (expected === 'ok') {
      expect(mine).toEqual([]);
      expect(s.deadlines.filter((d) => d.recordId === l.id)).toEqual([]);
      expect(['valid', 'longTerm']).toContain(state);
    } else {
      expect(mine.map((d) => d.status)).toEqual([expected]);
      expect(s.deadlines.filter((d) => d.recordId === l.id).map((d) => d.date)).toEqual([l.validTo]);
      expect(state).toBe(expected === 'warn' ? 'expiring' : 'expired');
    }
  });

  it('a 其他 license needs no scan (第九条 names the other two), but names itself by its title', () => {
    const s = host([license(), telecomLicense(), other(10)]);
    expect(row(s, '第九条', '营业执照').message).toContain('ICP许可证将于');
  });
});
