import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/records/dates';
import { LICENSE_EXPIRY_WINDOW_DAYS, LICENSE_KINDS, licenseExpiry, type StoredLicense } from '../../../shared/records/license';
import { apiOnTempWorkspace } from '../../support/apiOnTempWorkspace';
import { USCC_BAD_CHECK, VALID_USCC } from '../../support/sampleData';

const BUSINESS = { kind: '营业执照', number: VALID_USCC, issuer: '厦门市市场监督管理局', validFrom: '2019-03-01', longTerm: true };
const TELECOM = {
  kind: '电信业务经营许可证',
  number: '闽B1-20190001',
  issuer: '福建省通信管理局',
  validFrom: '2019-06-01',
  validTo: '2029-05-31',
  scope: ['B11', 'B14'],
};

describe('licenses.* through the API', () => {
  const { ok, refused } = apiOnTempWorkspace();

  it('saves, lists, gets, edits and removes licenses, several per unit', async () => {
    const business = await ok<StoredLicense>('licenses.save', BUSINESS);
    const telecom = await ok<StoredLicense>('licenses.save', TELECOM);
    expect(business).toMatchObject({ kind: '营业执照', number: VALID_USCC, longTerm: true, validTo: '', scope: [], scans: [] });
    expect(telecom).toMatchObject({ kind: '电信业务经营许可证', number: '闽B1-20190001', validTo: '2029-05-31', scope: ['B11', 'B14'] });

    const list = await ok<StoredLicense[]>('licenses.list', {});
    expect(list.map((l) => l.id)).toEqual([business.id, telecom.id]);
    expect(await ok('licenses.get', { id: telecom.id })).toEqual(telecom);

    const edited = await ok<StoredLicense>('licenses.save', { ...TELECOM, id: telecom.id, issuer: '中华人民共和国工业和信息化部' });
    expect(edited.id).toBe(telecom.id);
    expect((await ok<StoredLicense>('licenses.get', { id: telecom.id })).issuer).toBe('中华人民共和国工业和信息化部');

    expect(await ok('licenses.remove', { id: telecom.id })).toEqual({ removed: true });
    expect((await ok<StoredLicense[]>('licenses.list', {})).map((l) => l.id)).toEqual([business.id]);
    const gone = await refused('licenses.get', { id: telecom.id });
    expect(gone.code).toBe('NOT_FOUND');
    expect(gone.message).toContain('证照');
    await ok('licenses.remove', { id: business.id });
  });

  it('writes audit rows for create, change and removal', async () => {
    const saved = await ok<StoredLicense>('licenses.save', { ...TELECOM, number: '闽B2-20200002' });
    await ok('licenses.save', { ...TELECOM, number: '闽B2-20200002', id: saved.id, issuer: '另一机关' });
    await ok('licenses.remove', { id: saved.id });
    const rows = (await ok<{ entityId: string; field: string; oldValue: string | null; newValue: string | null }[]>('audit.list', { entity: 'license' })).filter(
      (r) => r.entityId === saved.id,
    );
    expect(rows.some((r) => r.field === 'number' && r.oldValue === null && r.newValue === '闽B2-20200002')).toBe(true);
    expect(rows.some((r) => r.field === 'issuer' && r.oldValue === '福建省通信管理局' && r.newValue === '另一机关')).toBe(true);
    expect(rows.some((r) => r.field === 'number' && r.oldValue === '闽B2-20200002' && r.newValue === null)).toBe(true);
  });

  it('a 营业执照 number must be a valid 统一社会信用代码, and is stored upper case', async () => {
    const bad = await refused('licenses.save', { ...BUSINESS, number: USCC_BAD_CHECK });
    expect(bad).toMatchObject({ code: 'VALIDATION', field: 'number' });
    expect(bad.message).toMatch(/统一社会信用代码.*校验/);
    const lower = await ok<StoredLicense>('licenses.save', { ...BUSINESS, number: ` ${VALID_USCC.toLowerCase()} ` });
    expect(lower.number).toBe(VALID_USCC);
    await ok('licenses.remove', { id: lower.id });
  });

  it('a telecom license needs 业务种类 and a number like 闽B1-20190001', async () => {
    const noScope = await refused('licenses.save', { ...TELECOM, scope: [] });
    expect(noScope).toMatchObject({ code: 'VALIDATION', field: 'scope', message: expect.stringContaining('业务种类') });
    const unknownScope = await refused('licenses.save', { ...TELECOM, scope: ['B99'] });
    expect(unknownScope.field).toBe('scope.0');
    const badNumber = await refused('licenses.save', { ...TELECOM, number: '12345' });
    expect(badNumber).toMatchObject({ field: 'number', message: expect.stringContaining('闽B1-20190001') });
  });

  it('其他 needs a 证照名称; 业务种类 is dropped from licenses that are not telecom licenses', async () => {
    const noTitle = await refused('licenses.save', { kind: '其他', number: 'ABC-1', longTerm: true });
    expect(noTitle).toMatchObject({ field: 'title', message: '请填写证照名称' });
    const other = await ok<StoredLicense>('licenses.save', { kind: '其他', title: 'ISP证', number: 'ABC-1', longTerm: true, scope: ['B11'] });
    expect(other.scope).toEqual([]);
    await ok('licenses.remove', { id: other.id });
  });

  it('有效期至: required unless 长期, never before 有效期起; 长期 clears it', async () => {
    const missing = await refused('licenses.save', { ...TELECOM, validTo: '' });
    expect(missing).toMatchObject({ field: 'validTo', message: expect.stringContaining('长期') });
    const before = await refused('licenses.save', { ...TELECOM, validFrom: '2020-01-02', validTo: '2020-01-01' });
    expect(before).toMatchObject({ field: 'validTo', message: '有效期至不能早于有效期起' });
    const sameDay = await ok<StoredLicense>('licenses.save', { ...TELECOM, number: '闽B1-20200003', validFrom: '2020-01-01', validTo: '2020-01-01' });
    expect(sameDay.validTo).toBe('2020-01-01');
    const notADate = await refused('licenses.save', { ...TELECOM, validTo: '2023-02-29' });
    expect(notADate).toMatchObject({ field: 'validTo', message: expect.stringContaining('不是有效日期') });

    const longTerm = await ok<StoredLicense>('licenses.save', { ...TELECOM, number: '闽B1-20200004', longTerm: true, validTo: '2020-01-01' });
    expect(longTerm).toMatchObject({ longTerm: true, validTo: '' });
    await ok('licenses.remove', { id: sameDay.id });
    await ok('licenses.remove', { id: longTerm.id });
  });

  it('refuses the same license twice', async () => {
    const first = await ok<StoredLicense>('licenses.save', BUSINESS);
    const twin = await refused('licenses.save', { ...BUSINESS, number: VALID_USCC.toLowerCase() });
    expect(twin).toMatchObject({ code: 'VALIDATION', field: 'number' });
    // Editing the license itself is not a duplicate.
    await ok('licenses.save', { ...BUSINESS, id: first.id, issuer: '厦门市思明区市场监督管理局' });
    await ok('licenses.remove', { id: first.id });
  });

  it('refuses a scan that was never added', async () => {
    const reply = await refused('licenses.save', { ...BUSINESS, scans: ['a'.repeat(64)] });
    expect(reply).toMatchObject({ code: 'VALIDATION', field: 'scans' });
    expect(await ok<StoredLicense[]>('licenses.list', {})).toEqual([]);
  });
});

describe('licenseExpiry: 有效期至 is the last valid day; a 营业执照 is flagged 60 days ahead', () => {
  const today = '2026-11-24';
  const at = (days: number) => licenseExpiry({ kind: '营业执照', longTerm: false, validTo: addDays(today, days) }, today);

  it.each([
    [61, { state: 'valid', daysLeft: 61 }],
    [60, { state: 'expiring', daysLeft: 60 }],
    [59, { state: 'expiring', daysLeft: 59 }],
    [1, { state: 'expiring', daysLeft: 1 }],
    [0, { state: 'expiring', daysLeft: 0 }],
    [-1, { state: 'expired', daysAgo: 1 }],
    [-400, { state: 'expired', daysAgo: 400 }],
  ])('%i days from today', (days, expected) => {
    expect(at(days)).toEqual(expected);
  });

  it('长期 never expires; a missing date is unknown', () => {
    expect(licenseExpiry({ kind: '营业执照', longTerm: true, validTo: '' }, today)).toEqual({ state: 'longTerm' });
    expect(licenseExpiry({ kind: '其他', longTerm: false, validTo: '' }, today)).toEqual({ state: 'unknown' });
  });

  it('one window per kind, every kind included: 电信业务经营许可证 90 days (延续 is applied for 90 days ahead), 营业执照 and 其他 60', () => {
    for (const kind of LICENSE_KINDS) {
      const window = LICENSE_EXPIRY_WINDOW_DAYS[kind];
      expect(licenseExpiry({ kind, longTerm: false, validTo: addDays(today, window) }, today)).toEqual({ state: 'expiring', daysLeft: window });
      expect(licenseExpiry({ kind, longTerm: false, validTo: addDays(today, window + 1) }, today)).toEqual({ state: 'valid', daysLeft: window + 1 });
    }
    expect(LICENSE_EXPIRY_WINDOW_DAYS).toEqual({ 营业执照: 60, 电信业务经营许可证: 90, 其他: 60 });
  });

  it('counts across a leap day', () => {
    expect(licenseExpiry({ kind: '营业执照', longTerm: false, validTo: '2028-03-01' }, '2028-02-28')).toEqual({ state: 'expiring', daysLeft: 2 });
  });
});
