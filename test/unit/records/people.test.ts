import { describe, expect, it } from 'vitest';
import { keyRolesCheck, type StoredPerson } from '../../../shared/records/person';
import { apiOnTempWorkspace } from '../../support/apiOnTempWorkspace';

// Fictional numbers with correct MOD 11-2 check characters (GB 11643-1999).
const ID_MALE_1990 = '35020319900101123X';
const ID_MALE_1990_WRONG_CHECK = '350203199001011230';
const ID_FEMALE_1985 = '350203198512310026';
const ID_FEMALE_LEAP = '350203200002290045';

const LEGAL_REP = { name: '陈示例', idType: '居民身份证', idNumber: ID_MALE_1990, mobile: '13800000001', title: '总经理', roles: ['法定代表人', '主要负责人'] };
const ADMIN = { name: '林演示', idType: '居民身份证', idNumber: ID_FEMALE_1985, mobile: '+86 138-0000-0002', title: '运维主管', roles: ['网络管理员', '安全员'] };

describe('people.* through the API', () => {
  const { ok, refused } = apiOnTempWorkspace();

  it('saves, lists, gets, edits and removes people; birth date and sex come from the ID number', async () => {
    const rep = await ok<StoredPerson>('people.save', LEGAL_REP);
    const admin = await ok<StoredPerson>('people.save', ADMIN);
    expect(rep).toMatchObject({ idNumber: ID_MALE_1990, birthDate: '1990-01-01', sex: '男', roles: ['法定代表人', '主要负责人'], idWarning: '' });
    expect(admin).toMatchObject({ birthDate: '1985-12-31', sex: '女', mobile: '13800000002' });

    expect((await ok<StoredPerson[]>('people.list', {})).map((p) => p.id)).toEqual([rep.id, admin.id]);
    expect(await ok('people.get', { id: admin.id })).toEqual(admin);

    // A corrected number re-derives the facts; they can never be typed.
    const edited = await ok<StoredPerson>('people.save', { ...ADMIN, id: admin.id, idNumber: ID_FEMALE_LEAP, birthDate: '1900-01-01', sex: '男' });
    expect(edited).toMatchObject({ id: admin.id, birthDate: '2000-02-29', sex: '女' });

    await ok('people.remove', { id: admin.id });
    await ok('people.remove', { id: rep.id });
    expect(await ok('people.list', {})).toEqual([]);
    expect((await refused('people.get', { id: rep.id })).code).toBe('NOT_FOUND');
  });

  it('a wrong check digit is refused on 证件号码 with the validator’s own message', async () => {
    const err = await refused('people.save', { ...LEGAL_REP, idNumber: ID_MALE_1990_WRONG_CHECK });
    expect(err).toMatchObject({ code: 'VALIDATION', field: 'idNumber' });
    expect(err.message).toContain('校验位（第18位）应为X');
    // The message does not repeat the number.
    expect(err.message).not.toContain(ID_MALE_1990_WRONG_CHECK);
  });

  it('validates 证件号码 by 证件类型', async () => {
    const cases: [string, string, RegExp][] = [
      ['居民身份证', '350203900101123', /2013/],
      ['港澳居民来往内地通行证', '12345678', /H.*M/],
      ['台湾居民来往大陆通行证', '1234567', /长度应为8位/],
      ['护照', 'E1234', /长度应为9位/],
      ['外国人永久居留身份证', 'USA12345678901', /15|18/],
    ];
    for (const [idType, idNumber, message] of cases) {
      const err = await refused('people.save', { name: '王测试', idType, idNumber, idCountry: idType === '护照' ? 'CHN' : '' });
      expect(err.field, idType).toBe('idNumber');
      expect(err.message, idType).toMatch(message);
    }
  });

  it('required fields and the mobile number are checked and named', async () => {
    expect(await refused('people.save', { ...LEGAL_REP, name: '  ' })).toMatchObject({ field: 'name', message: '请填写姓名' });
    expect(await refused('people.save', { ...LEGAL_REP, idNumber: '' })).toMatchObject({ field: 'idNumber', message: '请填写证件号码' });
    expect(await refused('people.save', { ...LEGAL_REP, idType: '' })).toMatchObject({ field: 'idType', message: '请选择证件类型' });
    const mobile = await refused('people.save', { ...LEGAL_REP, mobile: '1380000' });
    expect(mobile.field).toBe('mobile');
    expect(mobile.message).toContain('手机号码');
    const role = await refused('people.save', { ...LEGAL_REP, roles: ['董事长'] });
    expect(role.field).toBe('roles.0');
  });

  it('an old 台胞证 number is kept with a warning; 签发国家 is kept for passports only', async () => {
    const tw = await ok<StoredPerson>('people.save', { name: '台测试', idType: '台湾居民来往大陆通行证', idNumber: '0561682001', idCountry: 'CHN' });
    expect(tw.idWarning).toContain('旧版台胞证');
    expect(tw).toMatchObject({ idCountry: '', birthDate: '', sex: '' });
    const passport = await ok<StoredPerson>('people.save', { name: 'Test Person', idType: '护照', idNumber: 'x1234567', idCountry: 'usa' });
    expect(passport).toMatchObject({ idNumber: 'X1234567', idCountry: 'USA', idWarning: '' });
    const cn = await refused('people.save', { name: 'Test Person', idType: '护照', idNumber: 'X1234567', idCountry: 'CHN' });
    expect(cn.field).toBe('idNumber');
    await ok('people.remove', { id: tw.id });
    await ok('people.remove', { id: passport.id });
  });

  it('the same ID document twice is refused, without naming the other person', async () => {
    const first = await ok<StoredPerson>('people.save', LEGAL_REP);
    const twin = await refused('people.save', { ...ADMIN, idNumber: ID_MALE_1990.toLowerCase() });
    expect(twin).toMatchObject({ code: 'VALIDATION', field: 'idNumber' });
    expect(twin.message).toContain('已登记');
    expect(twin.message).not.toContain(LEGAL_REP.name);
    // Saving the person again is not a duplicate of themselves.
    await ok('people.save', { ...LEGAL_REP, id: first.id, title: '董事长' });

    // A renewed 回乡证 (1999 form: 8 digits for life + 2 renewal digits) is the same person.
    const hk = await ok<StoredPerson>('people.save', { name: '港测试', idType: '港澳居民来往内地通行证', idNumber: 'H1234567800' });
    const renewed = await refused('people.save', { name: '港测试', idType: '港澳居民来往内地通行证', idNumber: 'h1234567801' });
    expect(renewed.field).toBe('idNumber');
    await ok('people.remove', { id: hk.id });
    await ok('people.remove', { id: first.id });
  });

  it('writes audit rows for every field of a new person and for each change', async () => {
    const p = await ok<StoredPerson>('people.save', ADMIN);
    await ok('people.save', { ...ADMIN, id: p.id, title: '网络安全主管' });
    const rows = (await ok<{ entityId: string; field: string; oldValue: string | null; newValue: string | null }[]>('audit.list', { entity: 'person' })).filter(
      (r) => r.entityId === p.id,
    );
    expect(rows.filter((r) => r.oldValue === null).map((r) => r.field)).toEqual(expect.arrayContaining(['name', 'idNumber', 'birthDate', 'sex', 'roles']));
    expect(rows).toContainEqual(expect.objectContaining({ field: 'title', oldValue: '运维主管', newValue: '网络安全主管' }));
    await ok('people.remove', { id: p.id });
  });

  it('refuses to remove the leader or a member of the 信息网络安全小组, with a message that says so', async () => {
    const leader = await ok<StoredPerson>('people.save', LEGAL_REP);
    const member = await ok<StoredPerson>('people.save', ADMIN);
    await ok('securityGroup.save', {
      establishedOn: '2025-01-01',
      leaderId: leader.id,
      members: [
        { personId: leader.id, duty: '组长' },
        { personId: member.id, duty: '安全员' },
      ],
    });
    const refusedLeader = await refused('people.remove', { id: leader.id });
    expect(refusedLeader.code).toBe('VALIDATION');
    expect(refusedLeader.message).toContain('信息网络安全小组组长');
    expect(refusedLeader.message).not.toContain(LEGAL_REP.name);
    expect((await refused('people.remove', { id: member.id })).message).toContain('信息网络安全小组成员');
    expect((await ok<StoredPerson[]>('people.list', {})).length).toBe(2);

    // Once replaced in the group, removal goes through.
    await ok('securityGroup.save', { establishedOn: '2025-01-01', leaderId: leader.id, members: [{ personId: leader.id, duty: '组长' }] });
    await ok('people.remove', { id: member.id });
    expect((await ok<StoredPerson[]>('people.list', {})).map((p) => p.id)).toEqual([leader.id]);
  });
});

describe('keyRolesCheck (第九条: exactly one 法定代表人, at least one 主要负责人)', () => {
  it.each([
    [[], false, ['尚未登记法定代表人', '尚未登记主要负责人']],
    [[['法定代表人', '主要负责人']], true, []],
    [[['法定代表人'], ['主要负责人'], ['主要负责人']], true, []],
    [[['法定代表人'], ['法定代表人', '主要负责人']], false, ['登记了2位法定代表人，只能有一位']],
    [[['主要负责人']], false, ['尚未登记法定代表人']],
  ])('%j', (roles, ok, problems) => {
    const check = keyRolesCheck(roles.map((r) => ({ roles: r })));
    expect(check.ok).toBe(ok);
    expect(check.problems).toEqual(problems);
  });
});
