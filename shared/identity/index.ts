/** Identity and registration-number validators (docs/ID-FORMATS.md), all pure TypeScript. */
import { validateForeignPermanentId } from './foreignPermanentId';
import { validateMobile } from './mobile';
import { validatePassport } from './passport';
import { validateHkMacauPermit, validateTaiwanPermit } from './permits';
import { validateResidentId } from './residentId';
import type { IdentityType, ValidationResult } from './types';
import { validateUscc } from './uscc';

export * from './types';
export * from './normalize';
export * from './mod11';
export * from './calendarDate';
export * from './residentId';
export * from './uscc';
export * from './permits';
export * from './passport';
export * from './foreignPermanentId';
export * from './mobile';
export * from './idDisplay';
export * from './phone';

export interface IdentityOptions {
  /** Today as YYYY-MM-DD for birth-date checks (居民身份证, 2023 外国人永久居留身份证); default: today in Asia/Shanghai. */
  today?: string;
  /** Passport issuing country (ISO 3166-1 alpha-3); 'CHN' means the Chinese passport formats. */
  country?: string;
}

export function validateIdentity(type: IdentityType, value: string, opts: IdentityOptions = {}): ValidationResult {
  switch (type) {
    case 'resident_id':
      return validateResidentId(value, { today: opts.today });
    case 'uscc':
      return validateUscc(value);
    case 'hk_macau_permit':
      return validateHkMacauPermit(value);
    case 'taiwan_permit':
      return validateTaiwanPermit(value);
    case 'passport':
      return validatePassport(value, { country: opts.country });
    case 'foreign_permanent_id':
      return validateForeignPermanentId(value, { today: opts.today });
    case 'mobile':
      return validateMobile(value);
    default: {
      const never: never = type;
      return { ok: false, message: `未知的证件类型：${String(never)}` };
    }
  }
}

export const IDENTITY_TYPE_LABELS: Record<IdentityType, string> = {
  resident_id: '居民身份证',
  uscc: '统一社会信用代码',
  hk_macau_permit: '港澳居民来往内地通行证',
  taiwan_permit: '台湾居民来往大陆通行证',
  passport: '护照',
  foreign_permanent_id: '外国人永久居留身份证',
  mobile: '手机号码',
};

/** 人员 › 证件类型 (docs/LABELS.md): the five labels, in their listed order, and the validator each one uses. */
export const PERSON_ID_TYPES = {
  居民身份证: 'resident_id',
  护照: 'passport',
  港澳居民来往内地通行证: 'hk_macau_permit',
  台湾居民来往大陆通行证: 'taiwan_permit',
  外国人永久居留身份证: 'foreign_permanent_id',
} as const satisfies Record<string, IdentityType>;
export type PersonIdTypeLabel = keyof typeof PERSON_ID_TYPES;
export const PERSON_ID_TYPE_LABELS = Object.keys(PERSON_ID_TYPES) as PersonIdTypeLabel[];
