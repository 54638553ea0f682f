import { toASCII } from 'punycode/';
import { describe, expect, it } from 'vitest';
import { apiOnTempWorkspace } from '../../support/apiOnTempWorkspace';
import { space, type SavedSpace } from './fixtures';

describe('绑定域名: stored in Punycode, bound to one space only', () => {
  const api = apiOnTempWorkspace();

  it('stores an IDN in ASCII and refuses it on a second space, typed either way', async () => {
    const a = await api.ok<SavedSpace>('customerSpaces.save', space({ domains: [{ domain: '厦门.中国' }, { domain: 'Example.COM' }] }));
    expect(a.domains.map((d) => d.domain)).toEqual([toASCII('厦门.中国'), 'example.com']);

    for (const typed of ['厦门.中国', toASCII('厦门.中国'), '厦门。中国']) {
      const err = await api.refused('customerSpaces.save', space({ domains: [{ domain: 'free.example.org' }, { domain: typed }] }));
      expect(err).toMatchObject({ code: 'VALIDATION', field: 'domains.1.domain' });
      expect(err.message).toContain('厦门.中国');
      expect(err.message).toContain(a.spaceCode);
    }
    // Nothing of the refused saves was written: the free domain is still free.
    const b = await api.ok<SavedSpace>('customerSpaces.save', space({ domains: [{ domain: 'free.example.org' }] }));
    expect(b.spaceCode).toBe('XM-IDC-000002');
  });

  it('the same space may keep its domains on edit; a removed space frees them', async () => {
    const a = await api.ok<SavedSpace>('customerSpaces.save', space({ domains: [{ domain: 'keep.example.com' }] }));
    await api.ok('customerSpaces.save', space({ id: a.id, domains: [{ domain: 'keep.example.com' }], note: '编辑' }));
    expect((await api.refused('customerSpaces.save', space({ domains: [{ domain: 'keep.example.com' }] }))).field).toBe('domains.0.domain');

    await api.ok('customerSpaces.remove', { id: a.id });
    const b = await api.ok<SavedSpace>('customerSpaces.save', space({ domains: [{ domain: 'keep.example.com' }] }));
    expect(b.domains[0]!.domain).toBe('keep.example.com');
  });

  it('refuses a domain listed twice in one space and a domain holder without 证件', async () => {
    const twice = await api.refused('customerSpaces.save', space({ domains: [{ domain: 'x.example.com' }, { domain: 'X.example.com' }] }));
    expect(twice).toMatchObject({ code: 'VALIDATION', field: 'domains.1.domain' });
    const holder = await api.refused('customerSpaces.save', space({ domains: [{ domain: 'y.example.com', holderName: '王五' }] }));
    expect(holder.field).toBe('domains.0.holderIdType');
  });
});
