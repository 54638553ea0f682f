import type { z } from 'zod';
import { ApiError } from '../../shared/api/errors';

/** Turns the first zod issue into a Chinese message that names the field as the form labels it. */
export function validationError(error: z.ZodError, labels: Readonly<Record<string, string>> = {}): ApiError {
  const issue = error.issues[0];
  if (!issue) return new ApiError('VALIDATION', '输入无效');
  const path = issue.path.map(String);
  const field = path.join('.') || undefined;
  const label = path.length > 0 ? (labels[path[0]!] ?? path[0]!) : '';
  const detail = issue.code === 'invalid_type' && issue.input === undefined ? `请填写${label}` : issue.message;
  const message = label && !detail.includes(label) ? `${label}：${detail}` : detail;
  return new ApiError('VALIDATION', message, field);
}
