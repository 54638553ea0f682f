/**
 * ISO 7064 MOD 11-2 written independently of shared/identity, so the validator tests do not check
 * the code against itself: weight of position i (1-based, of 18) is 2^(18-i) mod 11; the check
 * character c satisfies (sum + c) mod 11 == 1, i.e. c = (12 - sum mod 11) mod 11, 10 written X.
 */
export function independentCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const c = (12 - (sum % 11)) % 11;
  return c === 10 ? 'X' : String(c);
}

/** The 17 digits with their check character appended. */
export const withCheck = (first17: string) => first17 + independentCheck(first17);
