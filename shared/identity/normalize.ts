/**
 * Input clean-up shared by every validator (docs/ID-FORMATS.md): trim, drop spaces typed inside the number, and turn the
 * full-width digits and letters a Chinese input method produces (０-９, Ａ-Ｚ, ａ-ｚ) into ASCII. Nothing else is
 * changed, so a validator can still name any other stray character in its message.
 */

/** Whitespace of any kind (ASCII, NBSP, the full-width space U+3000, …) plus zero-width characters and BOM. */
const SPACES = /[\s\u200B-\u200D\u2060\uFEFF]+/gu;
const FULL_WIDTH_ALNUM = /[０-９Ａ-Ｚａ-ｚ]/gu;

export function normalizeInput(raw: string): string {
  return String(raw ?? '')
    .replace(SPACES, '')
    .replace(FULL_WIDTH_ALNUM, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** How to show one offending character in a message: itself, or its code point when it would be invisible. */
export function describeChar(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return ch;
}

/** The first character (by code point, 1-based position) that `allowed` rejects, or null. */
export function findBadChar(value: string, allowed: RegExp): { ch: string; position: number } | null {
  const chars = Array.from(value);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (!allowed.test(ch)) return { ch, position: i + 1 };
  }
  return null;
}

/** 第N位含有不允许的字符「O」 — names only the one character, never the whole number. */
export function badCharMessage(bad: { ch: string; position: number }, hint = ''): string {
  return `第${bad.position}位含有不允许的字符「${describeChar(bad.ch)}」${hint}`;
}

/** Length by code point, so a stray emoji or rare character counts once. */
export function charLength(value: string): number {
  return Array.from(value).length;
}
