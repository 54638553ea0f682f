import { z } from 'zod';
export declare const API_ERROR_CODES: readonly ["VALIDATION", "NOT_FOUND", "UNKNOWN_METHOD", "WORKSPACE_DAMAGED", "STORAGE", "INTERNAL"];
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
export declare const apiErrorSchema: z.ZodObject<{
    code: z.ZodEnum<{
        VALIDATION: "VALIDATION";
        NOT_FOUND: "NOT_FOUND";
        UNKNOWN_METHOD: "UNKNOWN_METHOD";
        WORKSPACE_DAMAGED: "WORKSPACE_DAMAGED";
        STORAGE: "STORAGE";
        INTERNAL: "INTERNAL";
    }>;
    message: z.ZodString;
    field: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export type ApiErrorShape = z.infer<typeof apiErrorSchema>;
/** Thrown by services and by clients; carries a Chinese message safe to show (never personal data). */
export declare class ApiError extends Error {
    readonly code: ApiErrorCode;
    readonly field?: string;
    constructor(code: ApiErrorCode, message: string, field?: string);
    toJSON(): ApiErrorShape;
}
/** What every transport carries back for one call. */
export type CallResult<T> = {
    ok: true;
    result: T;
} | {
    ok: false;
    error: ApiErrorShape;
};
