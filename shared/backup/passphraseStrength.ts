/** At least this many characters for a backup passphrase. */
export const MIN_PASSPHRASE_LENGTH = 10;

export interface PassphraseStrength {
  level: 'weak' | 'fair' | 'strong';
  /** 弱 / 一般 / 强 and what to improve, in Chinese. */
  hint: string;
}

/**
 * A rough strength hint (length and variety of characters): scrypt slows guessing, but a short or
 * simple passphrase is still guessable by anyone who holds the file.
 */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  const length = [...passphrase].length;
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(passphrase)).length;
  const distinct = new Set(passphrase).size;
  if (length < MIN_PASSPHRASE_LENGTH || distinct < 5) {
    return { level: 'weak', hint: `弱：至少 ${MIN_PASSPHRASE_LENGTH} 个字符，且不要重复同一个字符` };
  }
  if (length >= 16 || (length >= 12 && kinds >= 3)) return { level: 'strong', hint: '强' };
  return { level: 'fair', hint: '一般：更长（16 个字符以上）或混用大小写字母、数字和符号会更安全' };
}
