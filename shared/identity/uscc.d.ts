import type { ValidationResult } from './types';
/** The code's 31-character alphabet; a character's value is its index here. No I, O, S, V, Z. */
export declare const USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
export declare const USCC_WEIGHTS: readonly [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** GB 11714 organisation code weights over its first 8 characters. */
export declare const ORG_CODE_WEIGHTS: readonly [3, 7, 9, 10, 5, 8, 4, 2];
/** Check character (position 18) for the first 17 characters, which must be in USCC_ALPHABET. */
export declare function usccCheckChar(first17: string): string;
/** GB 11714 check character for the organisation code's first 8 characters (digits and A–Z, A=10 … Z=35). */
export declare function orgCodeCheckChar(first8: string): string;
export declare function validateUscc(value: string): ValidationResult;
