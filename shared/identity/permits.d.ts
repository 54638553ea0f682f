import type { ValidationResult } from './types';
/**
 * 回乡证: H (Hong Kong) or M (Macau) + 8 digits (cards since 2013), or the 1999 form H/M + 10 digits (8 for life + 2
 * counting renewals). Both accepted; the letter is upper-cased.
 */
export declare function validateHkMacauPermit(value: string): ValidationResult;
/**
 * The part of a 回乡证 number that stays with the holder across renewals: the letter and the first 8 digits.
 * Two records with the same key are the same person.
 */
export declare function hkMacauPermitHolderKey(normalized: string): string;
/**
 * 台胞证: 8 digits (cards since 2015; a lifetime number since 2008). The old booklet number — the 8-digit lifetime
 * number, 2 digits counting issues, and sometimes the issuing office's code in brackets, e.g. 0561682001(D) — is
 * accepted with a warning, normalized to ASCII brackets.
 */
export declare function validateTaiwanPermit(value: string): ValidationResult;
/** The Taiwan resident's lifetime number (first 8 digits), the same on old booklets and new cards. */
export declare function taiwanPermitHolderKey(normalized: string): string;
