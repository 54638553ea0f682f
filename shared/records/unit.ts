import { z } from 'zod';
import { validateUscc } from '../identity/uscc';
import { validatePhone } from '../identity/phone';
import { optionalEmail, optionalText, requiredText, validatedString } from './fieldRules';

/** 单位类型 (docs/LABELS.md); each role brings its own articles of the regulation. */
export const UNIT_ROLES = ['IDC机房服务单位', '托管服务单位', '服务器架设单位', '域名注册服务单位'] as const;
export type UnitRole = (typeof UNIT_ROLES)[number];

export const UNIT_LABELS = {
  name: '单位名称',
  creditCode: '统一社会信用代码',
  roles: '单位类型',
  registeredAddress: '注册地址',
  officeAddress: '办公地址',
  phone: '联系电话',
  email: '电子邮箱',
} as const;

/** The unit profile (单位信息) as the form, the API and the database all see it. */
export const unitSchema = z.object({
  name: requiredText(UNIT_LABELS.name),
  creditCode: validatedString(validateUscc, { optional: true }).default(''),
  roles: z
    .array(z.enum(UNIT_ROLES, { error: `${UNIT_LABELS.roles}只能是：${UNIT_ROLES.join('、')}` }))
    .default([])
    .transform((roles) => UNIT_ROLES.filter((r) => roles.includes(r))),
  registeredAddress: optionalText(UNIT_LABELS.registeredAddress),
  officeAddress: optionalText(UNIT_LABELS.officeAddress),
  phone: validatedString(validatePhone, { optional: true }).default(''),
  email: optionalEmail,
});
export type UnitInput = z.input<typeof unitSchema>;
export type Unit = z.output<typeof unitSchema>;

/** The stored profile, with when it was last saved. */
export const storedUnitSchema = z.object({
  name: z.string(),
  creditCode: z.string(),
  roles: z.array(z.enum(UNIT_ROLES)),
  registeredAddress: z.string(),
  officeAddress: z.string(),
  phone: z.string(),
  email: z.string(),
  updatedAt: z.string(),
});
export type StoredUnit = z.infer<typeof storedUnitSchema>;
