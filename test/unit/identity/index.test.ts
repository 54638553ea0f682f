import { describe, it, expect } from 'vitest';
import {
  IDENTITY_TYPES,
  IDENTITY_TYPE_LABELS,
  PERSON_ID_TYPES,
  PERSON_ID_TYPE_LABELS,
  validateIdentity,
  validateUscc,
  validatePhone,
  residentIdFacts,
  normalizeInput,
} from '../../../shared/identity/index';
import type { IdentityType } from '../../../shared/identity/types';

describe('identity index', () => {
  it('labels every type', () => {
    expect(Object.keys(IDENTITY_TYPE_LABELS).sort()).toEqual([...IDENTITY_TYPES].sort());
    expect(IDENTITY_TYPE_LABELS).toEqual({
      resident_id: '居民身份证',
      uscc: '统一社会信用代码',
      hk_macau_permit: '港澳居民来往内地通行证',
      taiwan_permit: '台湾居民来往大陆通行证',
      passport: '护照',
      foreign_permanent_id: '外国人永久居留身份证',
      mobile: '手机号码',
    });
  });
  it('maps the five person 证件类型 labels of docs/LABELS.md, in order', () => {
    expect(PERSON_ID_TYPE_LABELS).toEqual(['居民身份证', '护照', '港澳居民来往内地通行证', '台湾居民来往大陆通行证', '外国人永久居留身份证']);
    for (const label of PERSON_ID_TYPE_LABELS) {
      const type = PERSON_ID_TYPES[label];
      expect(IDENTITY_TYPE_LABELS[type]).toBe(label);
    }
  });
  it('dispatches by type', () => {
    const valid: Record<IdentityType, string> = {
      resident_id: '11010519491231002x',
      uscc: '91440300708461136t',
      hk_macau_permit: 'h12345678',
      taiwan_permit: '05616820',
      passport: 'e12345678',
      foreign_permanent_id: 'usa350200123456',
      mobile: '+86 138 0013 8000',
    };
    for (const type of IDENTITY_TYPES) {
      const r = validateIdentity(type, valid[type], { today: '2026-06-15' });
      expect(r.ok, type).toBe(true);
    }
    expect(validateIdentity('resident_id', '11010519491231002X', { today: '1949-12-30' }).ok).toBe(false);
    expect(validateIdentity('passport', 'X1234567', { country: 'CHN' }).ok).toBe(false);
    expect(validateIdentity('passport', 'X1234567', { country: 'USA' }).ok).toBe(true);
    expect(validateIdentity('uscc', 'H12345678')).toEqual({ ok: false, message: '长度应为18位，实际为9位' });
  });
  it('re-exports the validators other code imports', () => {
    expect(validateUscc('914403001922038216').ok).toBe(true);
    expect(validatePhone('0592-5551234').ok).toBe(true);
    expect(residentIdFacts('11010519491231002X').sex).toBe('女');
    expect(normalizeInput('１')).toBe('1');
  });
});
