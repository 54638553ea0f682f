import { describe, expect, it } from 'vitest';
import type { StoredPerson } from '../../../shared/records/person';
import { DNS_MEASURES, filingDeadline, MAIL_MEASURES, type StoredServer } from '../../../shared/records/server';
import { apiOnTempWorkspace } from '../../support/apiOnTempWorkspace';

// Fictional numbers with correct MOD 11-2 check characters (GB 11643-1999).
const ID_1990 = '35020319900101123X';
const ID_1990_WRONG_CHECK = '350203199001011230';
const ID_1985 = '350203198506152340';

const SERVER = {
  assetNo: 'XM-IDC-0001',
  hostname: 'Web01.Example.COM',
  ips: ['192.0.2.10', '2001:0DB8:0000:0000:0000:0000:0000:0001'],
  rack: 'A03-12U',
  purposes: ['网站/虚拟空间'],
  onlineDate: '2026-03-01',
  filedOn: '',
  managers: [],
};

describe('servers.* through the API', () => {
  const { ok, refused, reopen } = apiOnTempWorkspace();

  it('saves, lists, gets, edits and removes servers; IPs and host name are normalized', async () => {
    const a = await ok<StoredServer>('servers.save', SERVER);
    expect(a).toMatchObject({
      assetNo: 'XM-IDC-0001',
      hostname: 'web01.example.com',
      ips: ['192.0.2.10', '2001:db8::1'],
      filingDeadline: '2026-03-31',
      filedOn: '',
    });
    const b = await ok<StoredServer>('servers.save', { ...SERVER, assetNo: 'XM-IDC-0002', ips: ['192.0.2.11'] });
    expect((await ok<StoredServer[]>('servers.list', {})).map((s) => s.id)).toEqual([a.id, b.id]);
    expect(await ok('servers.get', { id: a.id })).toEqual(a);

    const edited = await ok<StoredServer>('servers.save', { ...SERVER, id: a.id, filedOn: '2026-03-20', onlineDate: '2026-03-02' });
    expect(edited).toMatchObject({ id: a.id, filedOn: '2026-03-20', filingDeadline: '2026-04-01' });

    await ok('servers.remove', { id: a.id });
    expect((await ok<StoredServer[]>('servers.list', {})).map((s) => s.id)).toEqual([b.id]);
    expect((await refused('servers.get', { id: a.id })).code).toBe('NOT_FOUND');
    expect((await refused('servers.remove', { id: a.id })).code).toBe('NOT_FOUND');
    await ok('servers.remove', { id: b.id });
  });

  it('refuses a duplicate 资产编号 (any letter case) on the field assetNo; the server itself may keep its own', async () => {
    const first = await ok<StoredServer>('servers.save', { ...SERVER, assetNo: 'DUP-1' });
    const err = await refused('servers.save', { ...SERVER, assetNo: 'dup-1' });
    expect(err).toMatchObject({ code: 'VALIDATION', field: 'assetNo' });
    expect(err.message).toMatch(/^资产编号：.*不能重复/);
    await ok('servers.save', { ...first, hostname: 'web02' }); // re-saving itself is no conflict
    expect((await ok<StoredServer[]>('servers.list', {})).filter((s) => s.assetNo.toLowerCase() === 'dup-1')).toHaveLength(1);
    await ok('servers.remove', { id: first.id });
  });

  it('puts an IP error on ips.N with the validator’s message, including duplicates after normalization', async () => {
    const bad = await refused('servers.save', { ...SERVER, ips: ['192.0.2.10', '192.168.01.1'] });
    expect(bad).toMatchObject({ code: 'VALIDATION', field: 'ips.1' });
    expect(bad.message).toContain('第3段「01」不能以0开头');
    const v6 = await refused('servers.save', { ...SERVER, ips: ['2001::db8::1'] });
    expect(v6).toMatchObject({ field: 'ips.0' });
    expect(v6.message).toContain('“::”只能出现一次');
    const twice = await refused('servers.save', { ...SERVER, ips: ['2001:db8::1', '2001:DB8:0:0:0:0:0:1'] });
    expect(twice).toMatchObject({ field: 'ips.1' });
    expect(twice.message).toContain('IP地址重复');
    expect(await ok<StoredServer[]>('servers.list', {})).toEqual([]);
  });

  it('refuses missing required fields and bad dates, each on its field', async () => {
    expect(await refused('servers.save', { ...SERVER, assetNo: '  ' })).toMatchObject({ field: 'assetNo', message: '请填写资产编号' });
    expect(await refused('servers.save', { ...SERVER, purposes: [] })).toMatchObject({ field: 'purposes' });
    expect(await refused('servers.save', { ...SERVER, onlineDate: '2026-02-30' })).toMatchObject({ field: 'onlineDate' });
    expect(await refused('servers.save', { ...SERVER, filedOn: '2026-02-01' })).toMatchObject({
      field: 'filedOn',
      message: '备案日期不能早于上线日期',
    });
  });

  it('derives 备案期限 = 上线日期 + 30 天 across month ends, year ends and leap days (第八条)', async () => {
    const cases: [string, string][] = [
      ['2028-01-30', '2028-02-29'], // leap year
      ['2027-01-30', '2027-03-01'], // not a leap year
      ['2028-01-31', '2028-03-01'],
      ['2026-01-31', '2026-03-02'],
      ['2026-12-15', '2027-01-14'],
      ['2026-04-30', '2026-05-30'],
      ['2028-02-29', '2028-03-30'],
    ];
    for (const [online, deadline] of cases) {
      expect(filingDeadline(online)).toBe(deadline);
      const saved = await ok<StoredServer>('servers.save', { ...SERVER, assetNo: `D-${online}`, onlineDate: online });
      expect(saved.filingDeadline, online).toBe(deadline);
      // Never typed: a deadline in the input is ignored.
      const again = await ok<StoredServer>('servers.save', { ...SERVER, id: saved.id, assetNo: `D-${online}`, onlineDate: online, filingDeadline: '2099-01-01' });
      expect(again.filingDeadline).toBe(deadline);
      await ok('servers.remove', { id: saved.id });
    }
  });

  it('validates an end user’s ID by its type (第三条) and checks that a chosen person exists', async () => {
    const endUser = { kind: 'endUser', name: '王最终', idType: '居民身份证', idNumber: ID_1990_WRONG_CHECK, mobile: '' };
    const err = await refused('servers.save', { ...SERVER, managers: [{ kind: 'person', personId: 'x' }, endUser] });
    // The schema runs first: the end user's check digit is reported before the reference check.
    expect(err).toMatchObject({ code: 'VALIDATION', field: 'managers.1.idNumber' });
    expect(err.message).toContain('应为X');

    const badMobile = await refused('servers.save', { ...SERVER, managers: [{ ...endUser, idNumber: ID_1990, mobile: '1234' }] });
    expect(badMobile).toMatchObject({ field: 'managers.0.mobile' });

    const gone = await refused('servers.save', { ...SERVER, managers: [{ kind: 'person', personId: 'no-such-person' }] });
    expect(gone).toMatchObject({ code: 'VALIDATION', field: 'managers.0.personId' });

    const person = await ok<StoredPerson>('people.save', { name: '陈管理', idType: '居民身份证', idNumber: ID_1985, roles: ['网络管理员'] });
    const saved = await ok<StoredServer>('servers.save', {
      ...SERVER,
      managers: [
        { kind: 'person', personId: person.id },
        { ...endUser, idNumber: ID_1990.toLowerCase(), mobile: '+86 138 0000 0001' },
      ],
    });
    expect(saved.managers).toEqual([
      { kind: 'person', personId: person.id },
      { kind: 'endUser', name: '王最终', idType: '居民身份证', idNumber: ID_1990, idCountry: '', mobile: '13800000001' },
    ]);
    // A person who manages a server cannot be removed from under it.
    expect(await refused('people.remove', { id: person.id })).toMatchObject({ code: 'VALIDATION' });
    await ok('servers.remove', { id: saved.id });
    await ok('people.remove', { id: person.id });
  });

  it('keeps the measures of the purposes a server has, and drops the others (第五、六、七条)', async () => {
    const all = {
      ...SERVER,
      purposes: ['游戏', '域名解析', '电子邮件'],
      dnsMeasures: [DNS_MEASURES[0], DNS_MEASURES[1]],
      mailMeasures: [MAIL_MEASURES[0]],
      gameLogStatement: '游戏日志保存在独立日志服务器，留存180天，只追加不可删改。',
    };
    const saved = await ok<StoredServer>('servers.save', all);
    expect(saved.purposes).toEqual(['域名解析', '电子邮件', '游戏']); // in the list's order
    expect(saved).toMatchObject({ dnsMeasures: all.dnsMeasures, mailMeasures: all.mailMeasures, gameLogStatement: all.gameLogStatement });
    const web = await ok<StoredServer>('servers.save', { ...all, id: saved.id, purposes: ['网站/虚拟空间'] });
    expect(web).toMatchObject({ dnsMeasures: [], mailMeasures: [], gameLogStatement: '' });
    expect(await refused('servers.save', { ...all, dnsMeasures: ['随便写的措施'] })).toMatchObject({ field: 'dnsMeasures.0' });
    await ok('servers.remove', { id: saved.id });
  });

  it('a saved server survives closing and reopening the workspace', async () => {
    const saved = await ok<StoredServer>('servers.save', { ...SERVER, assetNo: 'PERSIST-1' });
    await reopen();
    expect(await ok('servers.get', { id: saved.id })).toEqual(saved);
    await ok('servers.remove', { id: saved.id });
  });
});

