import type { z } from 'zod';
import { ApiError } from '../../shared/api/errors';
/** Turns the first zod issue into a Chinese message that names the field as the form labels it. */
export declare function validationError(error: z.ZodError, labels?: Readonly<Record<string, string>>): ApiError;
