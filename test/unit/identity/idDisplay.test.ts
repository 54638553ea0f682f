// The one masking policy: screens and logs mask, police documents print whole with type and country.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { idNumberFor, issuingCountry, maskIdNumber, maskIdNumbersInText, policeIdText } from '../../../shared/identity/idDisplay';
import { logInternalError } from '../../../electron/log';

const RESIDENT = '35020319900101123X';
const PASSPORT = 'E12345678';
const PERMANENT_2017 = 'USA350203901201';

describe('maskIdNumber / idNumberFor', () => {
  it('keeps 4 characters at each end of a long number, 2 of a short one, none of a tiny one', () => {
    expect(maskIdNumber(RESIDENT)).toBe('3502**********123X');
    expect(maskIdNumber(PASSPORT)).toBe('E1*****78');
    expect(maskIdNumber('0512345')).toBe('0*****5');
    expect(maskIdNumber('12')).toBe('**');
    expect(maskIdNumber('')).toBe('');
  });

  it('a screen gets the masked number, the police the whole one', () => {
    expect(idNumberFor('screen', RESIDENT)).toBe('3502**********123X');
    expect(idNumberFor('police', RESIDENT)).toBe(RESIDENT);
  });
});

describe('policeIdText / issuingCountry', () => {
  it('prints type and number in full; a passport and a permanent-residence card with 签发国家/地区', () => {
    expect(policeIdText({ idType: '居民身份证', idNumber: RESIDENT })).toBe(`居民身份证 ${RESIDENT}`);
    expect(policeIdText({ idType: '护照', idNumber: PASSPORT, idCountry: 'usa' })).toBe(`护照 ${PASSPORT}（签发国家/地区：USA）`);
    expect(policeIdText({ idType: '护照', idNumber: PASSPORT })).toBe(`护照 ${PASSPORT}（签发国家/地区：未填写）`);
    expect(policeIdText({ idType: '外国人永久居留身份证', idNumber: PERMANENT_2017 })).toBe(`外国人永久居留身份证 ${PERMANENT_2017}（签发国家/地区：USA）`);
    expect(issuingCountry('外国人永久居留身份证', '911840199001011238')).toBe('国家代码 840');
    expect(issuingCountry('港澳居民来往内地通行证', 'H12345678', 'CHN')).toBe('');
    expect(policeIdText({ idType: '居民身份证', idNumber: '' })).toBe('—');
  });
});

describe('free text for logs and screens', () => {
  it('masks every ID-like run and leaves phones, dates, codes and line numbers alone', () => {
    const text = `租用者 ${RESIDENT}，护照 ${PASSPORT}，永居 ${PERMANENT_2017}，电话 13800138000，2026-12-06，XM-IDC-000001，at f (a.ts:123:45)`;
    const masked = maskIdNumbersInText(text);
    for (const id of [RESIDENT, PASSPORT, PERMANENT_2017]) {
      expect(masked).not.toContain(id);
      expect(masked).toContain(maskIdNumber(id));
    }
    for (const kept of ['13800138000', '2026-12-06', 'XM-IDC-000001', 'a.ts:123:45']) expect(masked).toContain(kept);
  });

  afterEach(() => vi.restoreAllMocks());

  it('the log never carries an ID number, even from a message of several lines', () => {
    const lines: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(' ')));
    logInternalError('test', new Error(`第一行\n证件号码 ${RESIDENT}\n护照 ${PASSPORT}`));
    const out = lines.join('\n');
    expect(out).toContain('internal error in test');
    expect(out).not.toContain(RESIDENT);
    expect(out).not.toContain(PASSPORT);
  });
});
