import type { ValidationResult } from './types';
export declare function validatePhone(value: string): ValidationResult;
