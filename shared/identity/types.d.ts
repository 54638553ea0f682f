/** The identity and registration number kinds the validators know (../shared/ID-FORMATS.md). */
export declare const IDENTITY_TYPES: readonly ["resident_id", "uscc", "hk_macau_permit", "taiwan_permit", "passport", "foreign_permanent_id", "mobile"];
export type IdentityType = (typeof IDENTITY_TYPES)[number];
export type ValidationResult = {
    ok: true;
    value: string;
    warning?: string;
} | {
    ok: false;
    message: string;
};
