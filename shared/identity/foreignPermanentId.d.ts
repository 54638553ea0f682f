import type { ValidationResult } from './types';
/** The 249 officially assigned ISO 3166-1 alpha-3 codes (from the Debian iso-codes data, ISO 3166-1 as of 2024). */
export declare const ISO_3166_ALPHA3: ReadonlySet<string>;
export interface ForeignPermanentIdOptions {
    /** The date to treat as today, YYYY-MM-DD. Default: today in Asia/Shanghai. */
    today?: string;
}
/**
 * 2017 form: 3-letter ISO 3166-1 alpha-3 country code + 12 digits (15 characters).
 * 2023 form: 18 digits — 9, province code (2), numeric country code (3), birth date YYYYMMDD (positions 7–14, the same
 * rules as the 居民身份证), sequence (3, odd = 男), MOD 11-2 check character (may be X). As ID-FORMATS.md says, the
 * 2023 form is checked for its length, the leading 9, the birth date and the check character.
 */
export declare function validateForeignPermanentId(value: string, opts?: ForeignPermanentIdOptions): ValidationResult;
/** Birth date and sex from a validated 2023-form number; null for the 2017 form, which carries neither. */
export declare function foreignPermanentIdFacts(normalized: string): {
    birthDate: string;
    sex: '男' | '女';
} | null;
