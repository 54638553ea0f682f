import type { FormRule } from 'antd';
import type { z } from 'zod';
import {
  LICENSE_LABELS,
  licenseFields,
  licenseRules,
  type LicenseInput,
  type LicenseKind,
  type StoredLicense,
} from '../../../shared/records/license';
import { collectIssues, parseEachField } from '../../forms/collectIssues';
import { checkedBy } from '../../forms/formChrome';

/** What the form holds: the stored record without its id; kind is empty until chosen. */
export interface LicenseFormValues {
  kind: LicenseKind | undefined;
  title: string;
  number: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  longTerm: boolean;
  scope: string[];
  scans: string[];
}
export type LicenseField = keyof LicenseFormValues;

export const EMPTY_LICENSE: LicenseFormValues = {
  kind: undefined,
  title: '',
  number: '',
  issuer: '',
  validFrom: '',
  validTo: '',
  longTerm: false,
  scope: [],
  scans: [],
};

export function toLicenseFormValues(l: StoredLicense): LicenseFormValues {
  const { id: _id, ...values } = l;
  return { ...values, scope: [...values.scope], scans: [...values.scans] };
}

/** Fills in what a partially touched form leaves undefined. */
export function completeLicenseValues(v: Partial<LicenseFormValues>): LicenseFormValues {
  return {
    kind: v.kind,
    title: v.title ?? '',
    number: v.number ?? '',
    issuer: v.issuer ?? '',
    validFrom: v.validFrom ?? '',
    validTo: v.validTo ?? '',
    longTerm: v.longTerm ?? false,
    scope: [...(v.scope ?? [])],
    scans: [...(v.scans ?? [])],
  };
}

export function toLicenseInput(v: LicenseFormValues): LicenseInput {
  return { ...v, kind: v.kind as LicenseKind };
}

/** The field's own rule from the shared schema, then the cross-field rules (licenseRules) that land on it. */
export function checkLicenseField(field: LicenseField, values: LicenseFormValues): string | null {
  const own = (licenseFields.shape[field] as z.ZodType).safeParse(values[field] ?? EMPTY_LICENSE[field]);
  if (!own.success) return own.error.issues[0]?.message ?? `${LICENSE_LABELS[field]}无效`;
  const all = parseEachField(licenseFields, { ...values }, { ...EMPTY_LICENSE });
  const issue = collectIssues((ctx) => licenseRules(all, ctx)).find((i) => i.path[0] === field);
  return issue?.message ?? null;
}

export function licenseFieldRules(field: LicenseField, values: () => LicenseFormValues): FormRule[] {
  return [checkedBy(() => checkLicenseField(field, values()))];
}
