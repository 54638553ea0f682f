import type { ValidationResult } from './types';
export interface PassportOptions {
    /**
     * Issuing country as recorded beside the number (ISO 3166-1 alpha-3, e.g. 'CHN', 'USA'). 'CHN' (also 'CN' or
     * '中国') selects the Chinese formats only; any other country the general foreign format.
     */
    country?: string;
}
export declare const CHINESE_PASSPORT_FORMS_TEXT = "E\u52A08\u4F4D\u6570\u5B57\u3001E\u52A01\u4E2A\u5B57\u6BCD\uFF08\u4E0D\u542BI\u3001O\uFF09\u548C7\u4F4D\u6570\u5B57\u3001G\u52A08\u4F4D\u6570\u5B57\uFF0C\u6216\u516C\u52A1/\u5916\u4EA4\u62A4\u7167P\u3001S\u3001D\u52A07-8\u4F4D\u6570\u5B57";
export declare function isChinesePassportNumber(normalized: string): boolean;
/**
 * Decision (ID-FORMATS.md leaves it open): without a country, a number in one of the Chinese forms is accepted, and
 * anything else is judged by the general foreign form (5–17 letters and digits) — we cannot tell a foreign passport
 * from a mistyped Chinese one without the country, and the Chinese forms all fit inside the general one, so the
 * result is the general rule. With country 'CHN' only the Chinese forms pass; with another country only the general
 * form applies.
 */
export declare function validatePassport(value: string, opts?: PassportOptions): ValidationResult;
