/**
 * Input clean-up shared by every validator (ID-FORMATS.md): trim, drop spaces typed inside the number, and turn the
 * full-width digits and letters a Chinese input method produces (０-９, Ａ-Ｚ, ａ-ｚ) into ASCII. Nothing else is
 * changed, so a validator can still name any other stray character in its message.
 */
export declare function normalizeInput(raw: string): string;
/** How to show one offending character in a message: itself, or its code point when it would be invisible. */
export declare function describeChar(ch: string): string;
/** The first character (by code point, 1-based position) that `allowed` rejects, or null. */
export declare function findBadChar(value: string, allowed: RegExp): {
    ch: string;
    position: number;
} | null;
/** 第N位含有不允许的字符「O」 — names only the one character, never the whole number. */
export declare function badCharMessage(bad: {
    ch: string;
    position: number;
}, hint?: string): string;
/** Length by code point, so a stray emoji or rare character counts once. */
export declare function charLength(value: string): number;
