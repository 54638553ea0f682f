import type { ValidationResult } from './types';
/** Dashes people type between digit groups: ASCII, full-width, hyphen, en and em dashes, minus sign. */
export declare const DASHES: RegExp;
/**
 * Removes a +86 / 0086 / 86 country prefix when what remains is 11 digits. `digits` is already free of spaces and
 * dashes; a leading '+' is kept when the prefix is not +86, so the caller can say the number is not a mainland one.
 */
export declare function stripChinaPrefix(digits: string): string;
/** The mainland mobile number cleaned of spaces, dashes and a China prefix (not yet validated). */
export declare function cleanMobile(value: string): string;
export declare function isMobileNumber(normalized: string): boolean;
export declare function validateMobile(value: string): ValidationResult;
