import type { z } from 'zod';
import type { PersonIdTypeLabel } from '../../../shared/identity';
import { domainToUnicode, validateDomain } from '../../../shared/network/domain';
import {
  boundDomainSchema,
  CUSTOMER_SPACE_LABELS,
  customerSpaceFields,
  customerSpaceRules,
  UNIT_ID_TYPE,
  type CustomerSpaceInput,
  type RenterIdType,
  type RenterKind,
  type StoredCustomerSpace,
} from '../../../shared/records/customerSpace';
import { collectIssues, parseEachField } from '../../forms/collectIssues';

/** One 绑定域名 row as typed: the domain in Unicode (厦门.中国), the holder left empty when it is the renter. */
export interface DomainFormValue {
  domain: string;
  holderName: string;
  holderIdType: RenterIdType | undefined;
  holderIdNumber: string;
  icpNumber: string;
  psbNumber: string;
}

export interface SpaceFormValues {
  spaceCode: string;
  serverId: string | undefined;
  renterKind: RenterKind;
  renterName: string;
  renterIdType: RenterIdType | undefined;
  renterIdNumber: string;
  renterIdCountry: string;
  renterPhone: string;
  responsibleName: string;
  responsibleIdType: PersonIdTypeLabel | undefined;
  responsibleIdNumber: string;
  domains: DomainFormValue[];
  openedOn: string;
  reportedOn: string;
  changedOn: string;
  note: string;
}

/** The fields with their own input (domains is a list of rows). */
export type SpaceField = Exclude<keyof SpaceFormValues, 'domains'>;
export type DomainField = keyof DomainFormValue;

export const EMPTY_DOMAIN: DomainFormValue = { domain: '', holderName: '', holderIdType: undefined, holderIdNumber: '', icpNumber: '', psbNumber: '' };

export function emptySpaceValues(openedOn: string): SpaceFormValues {
  return {
    spaceCode: '',
    serverId: undefined,
    renterKind: '个人',
    renterName: '',
    renterIdType: '居民身份证',
    renterIdNumber: '',
    renterIdCountry: '',
    renterPhone: '',
    responsibleName: '',
    responsibleIdType: undefined,
    responsibleIdNumber: '',
    domains: [],
    openedOn,
    reportedOn: '',
    changedOn: '',
    note: '',
  };
}

/** A stored space in the form: domains shown as people write them (Unicode), though stored in Punycode. */
export function toSpaceFormValues(s: StoredCustomerSpace): SpaceFormValues {
  return {
    spaceCode: s.spaceCode,
    serverId: s.serverId || undefined,
    renterKind: s.renterKind,
    renterName: s.renterName,
    renterIdType: s.renterIdType,
    renterIdNumber: s.renterIdNumber,
    renterIdCountry: s.renterIdCountry,
    renterPhone: s.renterPhone,
    responsibleName: s.responsibleName,
    responsibleIdType: s.responsibleIdType || undefined,
    responsibleIdNumber: s.responsibleIdNumber,
    domains: s.domains.map((d) => ({
      domain: domainToUnicode(d.domain),
      holderName: d.holderName,
      holderIdType: d.holderIdType || undefined,
      holderIdNumber: d.holderIdNumber,
      icpNumber: d.icpNumber,
      psbNumber: d.psbNumber,
    })),
    openedOn: s.openedOn,
    reportedOn: s.reportedOn,
    changedOn: s.changedOn,
    note: s.note,
  };
}

/** Fills in what a partially touched form leaves undefined. */
export function completeSpaceValues(v: Partial<SpaceFormValues>): SpaceFormValues {
  const base = emptySpaceValues('');
  return {
    ...base,
    ...Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined)),
    serverId: v.serverId,
    renterIdType: v.renterIdType,
    responsibleIdType: v.responsibleIdType,
    domains: (v.domains ?? []).map((d) => ({ ...EMPTY_DOMAIN, ...d })),
  } as SpaceFormValues;
}

function toDomainInput(d: DomainFormValue) {
  return {
    domain: d.domain ?? '',
    holderName: d.holderName ?? '',
    holderIdType: d.holderIdType ?? '',
    holderIdNumber: d.holderIdNumber ?? '',
    icpNumber: d.icpNumber ?? '',
    psbNumber: d.psbNumber ?? '',
  } as const;
}

/** What is sent to customerSpaces.save; the API checks it all again. */
export function toSpaceInput(v: SpaceFormValues): CustomerSpaceInput {
  const unit = v.renterKind === '单位';
  return {
    spaceCode: v.spaceCode,
    serverId: v.serverId ?? '',
    renterKind: v.renterKind,
    renterName: v.renterName,
    renterIdType: (unit ? UNIT_ID_TYPE : v.renterIdType) as RenterIdType,
    renterIdNumber: v.renterIdNumber,
    renterIdCountry: !unit && v.renterIdType === '护照' ? v.renterIdCountry : '',
    renterPhone: v.renterPhone,
    responsibleName: unit ? v.responsibleName : '',
    responsibleIdType: unit ? (v.responsibleIdType ?? '') : '',
    responsibleIdNumber: unit ? v.responsibleIdNumber : '',
    domains: v.domains.filter((d) => Object.values(toDomainInput(d)).some((x) => x.trim() !== '')).map(toDomainInput),
    openedOn: v.openedOn,
    reportedOn: v.reportedOn,
    changedOn: v.changedOn,
    note: v.note,
  };
}

// ---- checks, from the shared schema so the form says what the API would say ----

const FALLBACK = { ...toSpaceInput(emptySpaceValues('2000-01-01')), renterIdType: '居民身份证', domains: [] } as Record<string, unknown>;

/** The message of one field, or null. Labels are dropped: the message sits under its field. */
export function checkSpaceField(field: SpaceField, v: SpaceFormValues): string | null {
  const input = toSpaceInput(v) as Record<string, unknown>;
  const own = (customerSpaceFields.shape[field] as z.ZodType).safeParse(input[field]);
  if (!own.success) return own.error.issues[0]?.message ?? `${CUSTOMER_SPACE_LABELS[field]}无效`;
  const all = parseEachField(customerSpaceFields, { ...input, domains: [] }, FALLBACK);
  // A rule about a field whose own value is missing (no 证件类型 chosen yet) is that field's business.
  if ((field === 'renterIdNumber' && !v.renterIdType) || (field === 'responsibleIdNumber' && !v.responsibleIdType)) return null;
  const issue = collectIssues((ctx) => customerSpaceRules(all, ctx)).find((i) => i.path[0] === field);
  return issue ? stripLabel(field, issue.message) : null;
}

function stripLabel(field: string, message: string): string {
  const label = (CUSTOMER_SPACE_LABELS as Record<string, string>)[field] ?? '';
  return label && message.startsWith(`${label}：`) ? message.slice(label.length + 1) : message;
}

/** One 绑定域名 row's field: the domain itself, the holder's three fields together, a domain listed twice. */
export function checkDomainField(v: SpaceFormValues, index: number, field: DomainField): string | null {
  const d = v.domains[index];
  if (!d) return null;
  const input = toDomainInput(d);
  if (field === 'domain') {
    if (input.domain.trim() === '') return '请填写域名，或移除这一行';
    const r = validateDomain(input.domain);
    if (!r.ok) return r.message;
    const earlier = v.domains.slice(0, index).map((e) => validateDomain(e.domain ?? ''));
    if (earlier.some((e) => e.ok && e.value === r.value)) return `域名 ${domainToUnicode(r.value)} 重复填写了`;
    return null;
  }
  const parsed = boundDomainSchema.safeParse(input);
  const issue = parsed.success ? undefined : parsed.error.issues.find((i) => i.path[0] === field);
  if (!issue) return null;
  const label = field === 'holderIdNumber' ? '持有者证件号码' : '';
  return label && issue.message.startsWith(`${label}：`) ? issue.message.slice(label.length + 1) : issue.message;
}
