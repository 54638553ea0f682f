import type { FormRule } from 'antd';
import type { z } from 'zod';
import { PERSON_ID_TYPE_LABELS, PERSON_ID_TYPES, validateIdentity, type PersonIdTypeLabel } from '../../../shared/identity';
import {
  derivedPersonFacts,
  PERSON_LABELS,
  personFields,
  personRules,
  type PersonInput,
  type PersonRole,
  type StoredPerson,
} from '../../../shared/records/person';
import { collectIssues, parseEachField } from '../../forms/collectIssues';
import { checkedBy, warnedBy } from '../../forms/formChrome';

export interface PersonFormValues {
  name: string;
  idType: PersonIdTypeLabel | undefined;
  idNumber: string;
  idCountry: string;
  mobile: string;
  title: string;
  roles: PersonRole[];
  idFront: string;
  idBack: string;
  idValidTo: string;
  idLongTerm: boolean;
}
export type PersonField = keyof PersonFormValues;

export const EMPTY_PERSON: PersonFormValues = {
  name: '',
  idType: '居民身份证',
  idNumber: '',
  idCountry: '',
  mobile: '',
  title: '',
  roles: [],
  idFront: '',
  idBack: '',
  idValidTo: '',
  idLongTerm: false,
};

export function toPersonFormValues(p: StoredPerson): PersonFormValues {
  return {
    name: p.name,
    idType: p.idType,
    idNumber: p.idNumber,
    idCountry: p.idCountry,
    mobile: p.mobile,
    title: p.title,
    roles: [...p.roles],
    idFront: p.idFront,
    idBack: p.idBack,
    idValidTo: p.idValidTo,
    idLongTerm: p.idLongTerm,
  };
}

export function completePersonValues(v: Partial<PersonFormValues>): PersonFormValues {
  return {
    name: v.name ?? '',
    idType: v.idType,
    idNumber: v.idNumber ?? '',
    idCountry: v.idCountry ?? '',
    mobile: v.mobile ?? '',
    title: v.title ?? '',
    roles: [...(v.roles ?? [])],
    idFront: v.idFront ?? '',
    idBack: v.idBack ?? '',
    idValidTo: v.idValidTo ?? '',
    idLongTerm: v.idLongTerm ?? false,
  };
}

export function toPersonInput(v: PersonFormValues): PersonInput {
  return { ...v, idType: v.idType as PersonIdTypeLabel, idCountry: v.idType === '护照' ? v.idCountry : '' };
}

/** 证件号码 by 证件类型, as the API judges it: an error, or the normalized number with a warning and derived facts. */
export interface IdNumberCheck {
  error: string | null;
  warning: string | null;
  facts: { birthDate: string; sex: string } | null;
}

export function checkIdNumber(values: Pick<PersonFormValues, 'idType' | 'idNumber' | 'idCountry'>): IdNumberCheck {
  const none: IdNumberCheck = { error: null, warning: null, facts: null };
  const own = personFields.shape.idNumber.safeParse(values.idNumber ?? '');
  if (!own.success) return { ...none, error: own.error.issues[0]?.message ?? '请填写证件号码' };
  const idType = values.idType;
  // Without a type there is nothing to check against; 证件类型 shows its own message.
  if (!idType || !PERSON_ID_TYPE_LABELS.includes(idType)) return none;
  const country = idType === '护照' ? (values.idCountry ?? '').trim().toUpperCase() : '';
  const all = parseEachField(personFields, { ...values, idNumber: own.data, idCountry: country }, { ...EMPTY_PERSON });
  const issue = collectIssues((ctx) => personRules(all, ctx)).find((i) => i.path[0] === 'idNumber');
  if (issue) return { ...none, error: issue.message };
  const result = validateIdentity(PERSON_ID_TYPES[idType], own.data, country ? { country } : {});
  if (!result.ok) return { ...none, error: result.message };
  const facts = derivedPersonFacts(idType, result.value);
  return { error: null, warning: result.warning ?? null, facts: facts.birthDate ? facts : null };
}

export function checkPersonField(field: PersonField, values: PersonFormValues): string | null {
  if (field === 'idNumber') return checkIdNumber(values).error;
  const fallback = EMPTY_PERSON[field];
  const r = (personFields.shape[field] as z.ZodType).safeParse(values[field] ?? fallback);
  if (!r.success) return r.error.issues[0]?.message ?? `${PERSON_LABELS[field]}无效`;
  if (field !== 'mobile') return null;
  // 网络安全负责人 and 24小时应急联系人 need a 手机号码: the rule across fields, as the API applies it.
  const all = parseEachField(personFields, { ...values, idType: values.idType ?? '居民身份证' }, { ...EMPTY_PERSON, idType: '居民身份证' });
  return collectIssues((ctx) => personRules(all, ctx)).find((i) => i.path[0] === 'mobile')?.message ?? null;
}

export function personFieldRules(field: PersonField, values: () => PersonFormValues): FormRule[] {
  const rules: FormRule[] = [checkedBy(() => checkPersonField(field, values()))];
  // A warning (an old 台胞证 booklet number) is shown but does not stop the save.
  if (field === 'idNumber') rules.push(warnedBy(() => checkIdNumber(values()).warning));
  return rules;
}

