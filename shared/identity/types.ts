/** The identity and registration number kinds the validators know (docs/ID-FORMATS.md). */
export const IDENTITY_TYPES = [
  'resident_id',
  'uscc',
  'hk_macau_permit',
  'taiwan_permit',
  'passport',
  'foreign_permanent_id',
  'mobile',
] as const;
export type IdentityType = (typeof IDENTITY_TYPES)[number];

export type ValidationResult =
  | { ok: true; value: string; warning?: string }
  | { ok: false; message: string };
