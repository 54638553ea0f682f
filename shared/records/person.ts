import { z } from 'zod';
import { foreignPermanentIdFacts, PERSON_ID_TYPE_LABELS, PERSON_ID_TYPES, residentIdFacts, validateIdentity, validateMobile } from '../identity';
import { sha256Schema } from './attachment';
import { optionalIsoDate } from './dates';
import { optionalText, requiredText, validatedString } from './fieldRules';

/** 角色 of a person (docs/LABELS.md); a person may hold several. */
export const PERSON_ROLES = ['法定代表人', '主要负责人', '网络管理员', '安全员', '值班人员', '网络安全负责人', '24小时应急联系人'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export const PERSON_LABELS = {
  name: '姓名',
  idType: '证件类型',
  idNumber: '证件号码',
  idCountry: '签发国家',
  mobile: '手机号码',
  title: '职务',
  roles: '角色',
  idFront: '证件正面',
  idBack: '证件反面',
  idValidTo: '证件有效期至',
  idLongTerm: '证件长期有效',
} as const;

/** Roles the police reach by phone at any hour: a 手机号码 is required with them. */
export const ROLES_NEEDING_MOBILE: readonly PersonRole[] = ['网络安全负责人', '24小时应急联系人'];

export const personFields = z.object({
  name: requiredText(PERSON_LABELS.name, 50),
  idType: z.enum(PERSON_ID_TYPE_LABELS, { error: `请选择${PERSON_LABELS.idType}` }),
  idNumber: requiredText(PERSON_LABELS.idNumber, 40),
  /** For passports: the issuing country (ISO 3166-1 alpha-3, CHN for Chinese passports). */
  idCountry: z.string().trim().toUpperCase().default(''),
  mobile: validatedString(validateMobile, { optional: true }).default(''),
  title: optionalText(PERSON_LABELS.title, 50),
  roles: z
    .array(z.enum(PERSON_ROLES, { error: `${PERSON_LABELS.roles}只能是：${PERSON_ROLES.join('、')}` }))
    .default([])
    .transform((roles) => PERSON_ROLES.filter((r) => roles.includes(r))),
  idFront: sha256Schema.or(z.literal('')).default(''),
  idBack: sha256Schema.or(z.literal('')).default(''),
  /** The last day the ID document is valid; empty with idLongTerm (长期) or when not typed yet. */
  idValidTo: optionalIsoDate(PERSON_LABELS.idValidTo),
  idLongTerm: z.boolean().default(false),
});

/** Validates 证件号码 by 证件类型 with the shared validators, and normalizes it. */
export function personRules<T extends z.output<typeof personFields>>(p: T, ctx: z.RefinementCtx): T {
  const needsMobile = ROLES_NEEDING_MOBILE.filter((r) => p.roles.includes(r));
  if (needsMobile.length > 0 && p.mobile === '') {
    ctx.addIssue({ code: 'custom', path: ['mobile'], message: `担任${needsMobile.join('、')}须填写${PERSON_LABELS.mobile}（公安机关需随时联系）` });
  }
  if (p.idLongTerm) p = { ...p, idValidTo: '' };
  const type = PERSON_ID_TYPES[p.idType];
  const result = validateIdentity(type, p.idNumber, p.idCountry ? { country: p.idCountry } : {});
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', path: ['idNumber'], message: result.message });
    return p;
  }
  return { ...p, idNumber: result.value };
}

export const personSchema = personFields.transform(personRules);
export type PersonInput = z.input<typeof personFields>;
export type Person = z.output<typeof personFields>;

/** Facts read from the ID number itself, never typed: birth date and sex (居民身份证, 2023 永久居留身份证). */
export function derivedPersonFacts(idType: string, idNumber: string): { birthDate: string; sex: '男' | '女' | '' } {
  if (idType === '居民身份证') {
    try {
      return residentIdFacts(idNumber);
    } catch {
      return { birthDate: '', sex: '' };
    }
  }
  if (idType === '外国人永久居留身份证') {
    const facts = foreignPermanentIdFacts(idNumber);
    if (facts) return facts;
  }
  return { birthDate: '', sex: '' };
}

export const storedPersonSchema = z.object({
  id: z.string(),
  name: z.string(),
  idType: z.enum(PERSON_ID_TYPE_LABELS),
  idNumber: z.string(),
  idCountry: z.string(),
  mobile: z.string(),
  title: z.string(),
  roles: z.array(z.enum(PERSON_ROLES)),
  idFront: z.string(),
  idBack: z.string(),
  idValidTo: z.string().default(''),
  idLongTerm: z.boolean().default(false),
  /** Derived from the ID number. */
  birthDate: z.string(),
  sex: z.enum(['男', '女', '']),
  /** A validator's warning, e.g. an old 台胞证 booklet number that may have been replaced. */
  idWarning: z.string(),
});
export type StoredPerson = z.infer<typeof storedPersonSchema>;

/**
 * 第九条 asks for the ID documents of the unit's 法定代表人 and 主要负责人: a filing is complete only with
 * exactly one 法定代表人 and at least one 主要负责人.
 */
export function keyRolesCheck(people: readonly { roles: readonly string[] }[]): {
  legalRepresentatives: number;
  mainResponsible: number;
  ok: boolean;
  problems: string[];
} {
  const legalRepresentatives = people.filter((p) => p.roles.includes('法定代表人')).length;
  const mainResponsible = people.filter((p) => p.roles.includes('主要负责人')).length;
  const problems: string[] = [];
  if (legalRepresentatives === 0) problems.push('尚未登记法定代表人');
  if (legalRepresentatives > 1) problems.push(`登记了${legalRepresentatives}位法定代表人，只能有一位`);
  if (mainResponsible === 0) problems.push('尚未登记主要负责人');
  return { legalRepresentatives, mainResponsible, ok: problems.length === 0, problems };
}
