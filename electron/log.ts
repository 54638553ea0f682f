import { maskIdNumbersInText } from '../shared/identity/idDisplay';

/**
 * The only logger. Records hold personal data (names, ID numbers, scans), so nothing here ever prints
 * a record, an input, or an error message that might quote one: only method names, codes and stack frames.
 */
export function logInternalError(where: string, err: unknown): void {
  // A message of several lines runs into the stack's first lines: whatever could be an ID number is masked.
  const frames = err instanceof Error && err.stack ? maskIdNumbersInText(err.stack.split('\n').slice(1, 8).join('\n')) : '';
  const kind = err instanceof Error ? err.name : typeof err;
  console.error(`[beian] internal error in ${where}: ${kind}${frames ? `\n${frames}` : ''}`);
}
