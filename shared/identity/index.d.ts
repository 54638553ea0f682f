import type { IdentityType, ValidationResult } from './types';
export * from './types';
export * from './normalize';
export * from './mod11';
export * from './calendarDate';
export * from './residentId';
export * from './uscc';
export * from './permits';
export * from './passport';
export * from './foreignPermanentId';
export * from './mobile';
export * from './phone';
export interface IdentityOptions {
    /** Today as YYYY-MM-DD for birth-date checks (居民身份证, 2023 外国人永久居留身份证); default: today in Asia/Shanghai. */
    today?: string;
    /** Passport issuing country (ISO 3166-1 alpha-3); 'CHN' means the Chinese passport formats. */
    country?: string;
}
export declare function validateIdentity(type: IdentityType, value: string, opts?: IdentityOptions): ValidationResult;
export declare const IDENTITY_TYPE_LABELS: Record<IdentityType, string>;
/** 人员 › 证件类型 (LABELS.md): the five labels, in their listed order, and the validator each one uses. */
export declare const PERSON_ID_TYPES: {
    readonly 居民身份证: "resident_id";
    readonly 护照: "passport";
    readonly 港澳居民来往内地通行证: "hk_macau_permit";
    readonly 台湾居民来往大陆通行证: "taiwan_permit";
    readonly 外国人永久居留身份证: "foreign_permanent_id";
};
export type PersonIdTypeLabel = keyof typeof PERSON_ID_TYPES;
export declare const PERSON_ID_TYPE_LABELS: PersonIdTypeLabel[];
