import { beforeAll, describe, expect, it } from 'vitest';
import type { StoredPerson } from '../../../shared/records/person';
import type { StoredSecurityGroup } from '../../../shared/records/securityGroup';
import { apiOnTempWorkspace } from '../../support/apiOnTempWorkspace';

// Fictional numbers with correct MOD 11-2 check characters (GB 11643-1999).
const ID_A = '35020319900101123X';
const ID_B = '350203198506152340';
const ID_C = '350203199203043459';

describe('securityGroup.get / save through the API (第十条)', () => {
  const { ok, refused, reopen } = apiOnTempWorkspace();
  let leader: StoredPerson;
  let admin: StoredPerson;
  let officer: StoredPerson;

  beforeAll(async () => {
    leader = await ok('people.save', { name: '陈组长', idType: '居民身份证', idNumber: ID_A, mobile: '13800000001', roles: ['法定代表人'] });
    admin = await ok('people.save', { name: '林网管', idType: '居民身份证', idNumber: ID_B, mobile: '13800000002', roles: ['网络管理员'] });
    officer = await ok('people.save', { name: '黄安全', idType: '居民身份证', idNumber: ID_C, roles: ['安全员'] });
  });

  const ownGroup = () => ({
    mode: 'own',
    establishedOn: '2026-01-05',
    leaderId: leader.id,
    members: [
      { personId: leader.id, duty: '组长', phone: '13800000001' },
      { personId: admin.id, duty: '网络管理员', phone: '0592-5551234' },
      { personId: officer.id, duty: '安全员', phone: '' },
    ],
    protectionPolicy: '一、机房出入登记；二、账号口令每90天更换；三、日志留存六十日。',
    trainings: [{ date: '2026-02-10', topic: '网络安全法律法规', attendeeIds: [admin.id, officer.id] }],
  });

  it('is null before the first save, and returns what was saved after it and after reopening', async () => {
    expect(await ok('securityGroup.get', {})).toBeNull();
    const saved = await ok<StoredSecurityGroup>('securityGroup.save', ownGroup());
    expect(saved).toMatchObject({ ...ownGroup(), idcRoomName: '' });
    expect(saved.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await reopen();
    expect(await ok('securityGroup.get', {})).toEqual(saved);
  });

  it('refuses a person who does not exist, on the field that names them', async () => {
    expect(await refused('securityGroup.save', { ...ownGroup(), leaderId: 'ghost' })).toMatchObject({ code: 'VALIDATION', field: 'leaderId' });
    const members = [...ownGroup().members, { personId: 'ghost', duty: '安全员', phone: '' }];
    const err = await refused('securityGroup.save', { ...ownGroup(), members });
    expect(err).toMatchObject({ code: 'VALIDATION', field: 'members.3.personId' });
    expect(err.message).toContain('所选人员不存在');
    const trainings = [{ date: '2026-02-10', topic: '演练', attendeeIds: [admin.id, 'ghost'] }];
    expect(await refused('securityGroup.save', { ...ownGroup(), trainings })).toMatchObject({ field: 'trainings.0.attendeeIds' });
  });

  it('refuses the IDC form without the room’s name, and accepts it with one', async () => {
    const err = await refused('securityGroup.save', { mode: 'idc', idcRoomName: '  ' });
    expect(err).toMatchObject({ code: 'VALIDATION', field: 'idcRoomName' });
    expect(err.message).toContain('IDC机房名称');
    const saved = await ok<StoredSecurityGroup>('securityGroup.save', { mode: 'idc', idcRoomName: '厦门示例IDC机房' });
    expect(saved).toMatchObject({ mode: 'idc', idcRoomName: '厦门示例IDC机房', members: [], leaderId: '' });
  });

  it('refuses a member listed twice, a 组长 duty given to someone other than the 组长, and bad member data', async () => {
    const twice = await refused('securityGroup.save', {
      ...ownGroup(),
      members: [...ownGroup().members, { personId: admin.id, duty: '安全员', phone: '' }],
    });
    expect(twice).toMatchObject({ field: 'members.3.personId' });
    const wrongLeader = await refused('securityGroup.save', {
      ...ownGroup(),
      members: [{ personId: admin.id, duty: '组长', phone: '' }],
    });
    expect(wrongLeader).toMatchObject({ field: 'members.0.duty' });
    expect(await refused('securityGroup.save', { ...ownGroup(), members: [{ personId: admin.id, duty: '副组长' }] })).toMatchObject({
      field: 'members.0.duty',
    });
    expect(await refused('securityGroup.save', { ...ownGroup(), members: [{ personId: admin.id, duty: '安全员', phone: '12345' }] })).toMatchObject({
      field: 'members.0.phone',
    });
    expect(await refused('securityGroup.save', { ...ownGroup(), establishedOn: '2026-13-01' })).toMatchObject({ field: 'establishedOn' });
    expect(await refused('securityGroup.save', { ...ownGroup(), trainings: [{ date: '2026-02-10', topic: ' ', attendeeIds: [] }] })).toMatchObject({
      field: 'trainings.0.topic',
    });
  });

  it('keeps every change in the audit trail (第十三条)', async () => {
    await ok('securityGroup.save', ownGroup());
    await ok('securityGroup.save', { ...ownGroup(), protectionPolicy: '修订后的制度' });
    const entries = await ok<{ entity: string; field: string; newValue: string | null }[]>('audit.list', { entity: 'securityGroup' });
    expect(entries.find((e) => e.field === 'protectionPolicy')?.newValue).toBe('修订后的制度');
  });
});

