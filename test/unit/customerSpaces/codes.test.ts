import { describe, expect, it } from 'vitest';
import { apiOnTempWorkspace } from '../../support/apiOnTempWorkspace';
import { space, type SavedSpace } from './fixtures';

describe('空间编号: unique, from the pattern, never reused', () => {
  const api = apiOnTempWorkspace();

  it('numbers new spaces from the default pattern and never gives a removed space’s code again', async () => {
    expect(await api.ok('customerSpaces.getCodePattern', {})).toEqual({ pattern: 'XM-IDC-{000000}', next: 'XM-IDC-000001' });
    const a = await api.ok<SavedSpace>('customerSpaces.save', space());
    const b = await api.ok<SavedSpace>('customerSpaces.save', space());
    expect([a.spaceCode, b.spaceCode]).toEqual(['XM-IDC-000001', 'XM-IDC-000002']);

    await api.ok('customerSpaces.remove', { id: b.id });
    const c = await api.ok<SavedSpace>('customerSpaces.save', space());
    expect(c.spaceCode).toBe('XM-IDC-000003');

    const reused = await api.refused('customerSpaces.save', space({ spaceCode: 'xm-idc-000002' }));
    expect(reused).toMatchObject({ code: 'VALIDATION', field: 'spaceCode', message: '空间编号 XM-IDC-000002 已被使用过，不能重复使用' });
    const taken = await api.refused('customerSpaces.save', space({ spaceCode: a.spaceCode }));
    expect(taken.field).toBe('spaceCode');
  });

  it('keeps a custom code, skips it when numbering, and keeps the code when an edit leaves it empty', async () => {
    const custom = await api.ok<SavedSpace>('customerSpaces.save', space({ spaceCode: 'XM-IDC-000004' }));
    expect(custom.spaceCode).toBe('XM-IDC-000004');
    const other = await api.ok<SavedSpace>('customerSpaces.save', space({ spaceCode: 'VIP-07' }));
    expect(other.spaceCode).toBe('VIP-07');
    expect((await api.ok<{ next: string }>('customerSpaces.getCodePattern', {})).next).toBe('XM-IDC-000005');

    const edited = await api.ok<SavedSpace>('customerSpaces.save', space({ id: other.id, spaceCode: '', note: '改备注' }));
    expect(edited.spaceCode).toBe('VIP-07');
    // Renumbering retires the old code for good.
    const renamed = await api.ok<SavedSpace>('customerSpaces.save', space({ id: other.id, spaceCode: 'VIP-08' }));
    expect(renamed.spaceCode).toBe('VIP-08');
    expect((await api.refused('customerSpaces.save', space({ spaceCode: 'VIP-07' }))).field).toBe('spaceCode');
  });

  it('a new pattern continues past every code already issued that follows it', async () => {
    const saved = await api.ok('customerSpaces.saveCodePattern', { pattern: 'vip-{00}' });
    expect(saved).toEqual({ pattern: 'VIP-{00}', next: 'VIP-09' });
    expect((await api.ok<SavedSpace>('customerSpaces.save', space())).spaceCode).toBe('VIP-09');

    // Back to the first pattern: the counter does not go back below what was issued.
    expect(await api.ok('customerSpaces.saveCodePattern', { pattern: 'XM-IDC-{000000}' })).toEqual({ pattern: 'XM-IDC-{000000}', next: 'XM-IDC-000010' });
    const bad = await api.refused('customerSpaces.saveCodePattern', { pattern: 'XM-IDC-000001' });
    expect(bad).toMatchObject({ code: 'VALIDATION', field: 'pattern' });
  });

  it('the pattern and the counter survive a restart', async () => {
    await api.reopen();
    expect((await api.ok<{ next: string }>('customerSpaces.getCodePattern', {})).next).toBe('XM-IDC-000010');
  });
});
