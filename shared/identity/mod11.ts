/** ISO 7064 MOD 11-2 as GB 11643-1999 uses it (居民身份证, and the 2023 外国人永久居留身份证). */

export const MOD11_2_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** sum mod 11 → check character. */
const CHECK_CHARS = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'] as const;

/** The check character for the first 17 digits (throws on anything else: callers validate digits first). */
export function mod11_2CheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('mod11_2CheckChar expects exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * MOD11_2_WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** null when the 18-character value's last character is right, else the character it should be. */
export function mod11_2Mismatch(value18: string): string | null {
  const expected = mod11_2CheckChar(value18.slice(0, 17));
  return value18[17] === expected ? null : expected;
}
