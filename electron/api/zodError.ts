import type { z } from 'zod';
import { ApiError } from '../../shared/api/errors';
import { fieldLabel } from './inputLabels';

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: '文字',
  number: '数字',
  int: '整数',
  bigint: '整数',
  boolean: '是或否',
  array: '列表',
  object: '一组字段',
  date: '日期',
  null: '空值',
};

/**
 * zod's default messages in Chinese, for a parse's `error` option: a message a schema sets itself wins
 * over this one, so only the defaults ("Too small: expected string…") are replaced.
 */
export function chineseIssue(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return '请填写';
      return `应为${TYPE_NAMES[issue.expected] ?? '正确的类型'}`;
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `不能超过${max}个字`;
      if (issue.origin === 'array' || issue.origin === 'set') return `最多${max}项`;
      return `不能大于${max}`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? '不能为空' : `至少${min}个字`;
      if (issue.origin === 'array' || issue.origin === 'set') return `至少需要${min}项`;
      return `不能小于${min}`;
    }
    case 'invalid_format':
      return '格式不正确';
    case 'not_multiple_of':
      return `应为${String(issue.divisor)}的倍数`;
    case 'unrecognized_keys':
      return `不认识的字段：${issue.keys.slice(0, 3).map((k) => `“${k.slice(0, 40)}”`).join('、')}`;
    case 'invalid_value':
      return '不是可选的值';
    case 'invalid_union':
      return '不符合任何一种允许的格式';
    case 'invalid_key':
    case 'invalid_element':
      return '含有无效的项';
    default:
      return '无效';
  }
}

/** Turns the first zod issue into a Chinese message that names the field as the form labels it. */
export function validationError(error: z.ZodError, labels: Readonly<Record<string, string>> = {}): ApiError {
  const issue = error.issues[0];
  if (!issue) return new ApiError('VALIDATION', '输入无效');
  const field = issue.path.map(String).join('.') || undefined;
  // A schema's own message names the innermost field already ("夜班的结束时间无效"): then the outer label is enough.
  const leaf = fieldLabel(issue.path.slice(-1), labels);
  const path = leaf && issue.message.includes(leaf) ? issue.path.slice(0, 1) : issue.path;
  const label = fieldLabel(path, labels) || (field ? '输入的内容' : '');
  const detail = issue.message === '请填写' ? `请填写${label || '必填的内容'}` : issue.message;
  const message = label && !detail.includes(label) ? `${label}：${detail}` : detail;
  return new ApiError('VALIDATION', message, field);
}
