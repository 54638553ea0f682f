import type { FormRule } from 'antd';
import type { z } from 'zod';
import { UNIT_LABELS, unitSchema } from '../../../shared/records/unit';
import type { UnitField } from '../../store/unitStore';

/**
 * Form rules straight from the shared zod schema, so the form says exactly what the API would say:
 * a wrong 统一社会信用代码 shows the validator's own message (长度 / 不允许的字符 / 校验位应为X).
 */
export function checkUnitField(field: UnitField, value: unknown): string | null {
  const schema = unitSchema.shape[field] as z.ZodType;
  const fallback = field === 'roles' ? [] : '';
  const result = schema.safeParse(value ?? fallback);
  if (result.success) return null;
  return result.error.issues[0]?.message ?? `${UNIT_LABELS[field]}无效`;
}

export function unitFieldRules(field: UnitField): FormRule[] {
  return [
    {
      validator: async (_rule, value: unknown) => {
        const message = checkUnitField(field, value);
        if (message) throw new Error(message);
      },
    },
  ];
}
