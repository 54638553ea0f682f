import { describe, expect, it } from 'vitest';
import { todayInShanghai } from '../../../shared/identity/calendarDate';
import { apiOnTempWorkspace } from '../../support/apiOnTempWorkspace';
import { USCC_BAD_CHECK } from '../../support/sampleData';
import { PERSON_RENTER, UNIT_RENTER, residentId, space, VALID_USCC_2, type SavedSpace } from './fixtures';

/** The 居民身份证 with its check character replaced by another one. */
function wrongCheck(id: string): string {
  const last = id.at(-1)!;
  return id.slice(0, -1) + (last === '0' ? '1' : '0');
}

describe('租用者: real identity checked like 人员', () => {
  const api = apiOnTempWorkspace();

  it('refuses a 居民身份证 or 统一社会信用代码 with a wrong check character, naming the field only', async () => {
    const person = await api.refused('customerSpaces.save', space({ renterIdNumber: wrongCheck(PERSON_RENTER.renterIdNumber) }));
    expect(person).toMatchObject({ code: 'VALIDATION', field: 'renterIdNumber' });
    expect(person.message).toContain('校验');
    expect(person.message).not.toContain(PERSON_RENTER.renterIdNumber.slice(0, 10));

    const unit = await api.refused('customerSpaces.save', space({ ...UNIT_RENTER, renterIdNumber: USCC_BAD_CHECK }));
    expect(unit).toMatchObject({ code: 'VALIDATION', field: 'renterIdNumber' });
  });

  it('a unit renter needs its 单位负责人 and uses a 统一社会信用代码', async () => {
    const noBoss = await api.refused('customerSpaces.save', space({ ...UNIT_RENTER, responsibleName: '', responsibleIdType: '', responsibleIdNumber: '' }));
    expect(noBoss).toMatchObject({ code: 'VALIDATION', field: 'responsibleName' });
    expect(noBoss.message).toContain('单位负责人');
    const wrongType = await api.refused('customerSpaces.save', space({ ...UNIT_RENTER, renterIdType: '居民身份证', renterIdNumber: residentId(5) }));
    expect(wrongType.field).toBe('renterIdType');
    const ok = await api.ok<SavedSpace>('customerSpaces.save', space({ ...UNIT_RENTER }));
    expect(ok.renterName).toBe(UNIT_RENTER.renterName);
  });

  it('refuses a server that does not exist and shows the one that does', async () => {
    const missing = await api.refused('customerSpaces.save', space({ serverId: 'no-such-server' }));
    expect(missing).toMatchObject({ code: 'VALIDATION', field: 'serverId' });
    const server = await api.ok<{ id: string }>('servers.save', { assetNo: 'XM-9001', hostname: 'web1.example.com', purposes: ['网站/虚拟空间'], onlineDate: '2026-10-01' });
    const s = await api.ok<SavedSpace>('customerSpaces.save', space({ serverId: server.id, spaceCode: 'SRV-1' }));
    const found = await api.ok<{ rows: { serverLabel: string }[] }>('customerSpaces.search', { query: 'SRV-1' });
    expect(found.rows.map((r) => r.serverLabel)).toEqual(['XM-9001 / web1.example.com']);
    expect((await api.ok<{ total: number }>('customerSpaces.search', { serverId: server.id })).total).toBe(1);
    expect(s.id).toBeTruthy();
  });

  it('sets 信息变更日期 when renter or domains change, not for other fields, and keeps a date typed in', async () => {
    const today = todayInShanghai();
    const a = await api.ok<SavedSpace>('customerSpaces.save', space({ reportedOn: '2026-11-02' }));
    expect(a.changedOn).toBe('');

    const noted = await api.ok<SavedSpace>('customerSpaces.save', { ...space({ reportedOn: '2026-11-02', note: '只改备注' }), id: a.id });
    expect(noted.changedOn).toBe('');
    const renamed = await api.ok<SavedSpace>('customerSpaces.save', { ...space({ reportedOn: '2026-11-02', renterName: '张示例改' }), id: a.id });
    expect(renamed.changedOn).toBe(today);

    const b = await api.ok<SavedSpace>('customerSpaces.save', space({ ...UNIT_RENTER, renterIdNumber: VALID_USCC_2, reportedOn: '2026-11-02' }));
    const domain = await api.ok<SavedSpace>('customerSpaces.save', { ...space({ ...UNIT_RENTER, renterIdNumber: VALID_USCC_2, reportedOn: '2026-11-02', domains: [{ domain: 'new.example.net' }] }), id: b.id });
    expect(domain.changedOn).toBe(today);

    const typed = await api.ok<SavedSpace>('customerSpaces.save', { ...space({ reportedOn: '2026-11-02', renterName: '张示例再改', changedOn: '2026-11-10' }), id: a.id });
    expect(typed.changedOn).toBe('2026-11-10');
  });

  it('an edit of a removed space is refused', async () => {
    const a = await api.ok<SavedSpace>('customerSpaces.save', space());
    await api.ok('customerSpaces.remove', { id: a.id });
    expect((await api.refused('customerSpaces.save', { ...space(), id: a.id })).code).toBe('NOT_FOUND');
    expect((await api.refused('customerSpaces.get', { id: a.id })).code).toBe('NOT_FOUND');
  });
});
