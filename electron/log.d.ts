/**
 * The only logger. Records hold personal data (names, ID numbers, scans), so nothing here ever prints
 * a record, an input, or an error message that might quote one: only method names, codes and stack frames.
 */
export declare function logInternalError(where: string, err: unknown): void;
