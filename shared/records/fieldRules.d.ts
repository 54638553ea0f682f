import { z } from 'zod';
import type { ValidationResult } from '../identity/types';
/**
 * A string field checked by one of the shared validators: the value is normalized on the way in
 * (full-width digits, spaces, lower case) and a failure carries the validator's own Chinese message.
 */
export declare function validatedString(validate: (value: string) => ValidationResult, opts?: {
    optional?: boolean;
}): z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>;
export declare const requiredText: (label: string, max?: number) => z.ZodString;
export declare const optionalText: (label: string, max?: number) => z.ZodDefault<z.ZodString>;
export declare const optionalEmail: z.ZodDefault<z.ZodString>;
