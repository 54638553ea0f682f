import { z } from 'zod';

export const API_ERROR_CODES = [
  'VALIDATION', // input does not satisfy the contract; `field` names the offending field
  'NOT_FOUND',
  'UNKNOWN_METHOD',
  'WORKSPACE_DAMAGED', // the database failed its integrity check and was set aside
  'STORAGE', // the disk refused a write (full, removed, read-only)
  'INTERNAL',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const apiErrorSchema = z.object({
  code: z.enum(API_ERROR_CODES),
  message: z.string(),
  field: z.string().optional(),
});
export type ApiErrorShape = z.infer<typeof apiErrorSchema>;

/** Thrown by services and by clients; carries a Chinese message safe to show (never personal data). */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly field?: string;
  constructor(code: ApiErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    if (field !== undefined) this.field = field;
  }
  toJSON(): ApiErrorShape {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}

/** What every transport carries back for one call. */
export type CallResult<T> = { ok: true; result: T } | { ok: false; error: ApiErrorShape };
