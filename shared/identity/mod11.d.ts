/** ISO 7064 MOD 11-2 as GB 11643-1999 uses it (居民身份证, and the 2023 外国人永久居留身份证). */
export declare const MOD11_2_WEIGHTS: readonly [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** The check character for the first 17 digits (throws on anything else: callers validate digits first). */
export declare function mod11_2CheckChar(first17: string): string;
/** null when the 18-character value's last character is right, else the character it should be. */
export declare function mod11_2Mismatch(value18: string): string | null;
