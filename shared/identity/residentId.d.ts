import type { ValidationResult } from './types';
/**
 * First two digits of the address code: the province-level divisions of GB/T 2260, plus 71 台湾, 81 香港, 82 澳门 and
 * 83 (830000, used by residence permits for Taiwan residents).
 */
export declare const PROVINCE_CODES: ReadonlySet<string>;
export interface ResidentIdOptions {
    /** The date to treat as today, YYYY-MM-DD. Default: today in Asia/Shanghai. */
    today?: string;
}
export declare const FIRST_GENERATION_MESSAGE = "\u8FD9\u662F15\u4F4D\u7684\u7B2C\u4E00\u4EE3\u5C45\u6C11\u8EAB\u4EFD\u8BC1\u53F7\u7801\uFF1A\u7B2C\u4E00\u4EE3\u5C45\u6C11\u8EAB\u4EFD\u8BC1\u5DF2\u4E8E2013\u5E741\u67081\u65E5\u505C\u6B62\u4F7F\u7528\uFF0C\u8BF7\u586B\u519918\u4F4D\u7684\u7B2C\u4E8C\u4EE3\u5C45\u6C11\u8EAB\u4EFD\u8BC1\u53F7\u7801";
export declare function validateResidentId(value: string, opts?: ResidentIdOptions): ValidationResult;
export interface ResidentIdFacts {
    birthDate: string;
    sex: '男' | '女';
}
/** Birth date and sex derived from a validated, normalized 18-character number (never typed by users). */
export declare function residentIdFacts(normalized: string): ResidentIdFacts;
