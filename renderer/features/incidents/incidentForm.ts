import type { FormRule } from 'antd';
import type { z } from 'zod';
import { nowCst } from '../../../shared/dutyRoster/time';
import { INCIDENT_LABELS, incidentFields, incidentRules, type IncidentKind, type StoredIncident } from '../../../shared/records/incident';
import { collectIssues, parseEachField } from '../../forms/collectIssues';
import { checkedBy, warnedBy } from '../../forms/formChrome';

/** What the form holds: the stored record without its id; kind is empty until chosen. */
export interface IncidentFormValues {
  occurredAt: string;
  kind: IncidentKind | undefined;
  title: string;
  serverId: string;
  description: string;
  measures: string;
  reportedAt: string;
  reportedTo: string;
}
export type IncidentField = keyof IncidentFormValues;
export type IncidentInput = z.input<typeof incidentFields>;

export const EMPTY_INCIDENT: IncidentFormValues = {
  occurredAt: '',
  kind: undefined,
  title: '',
  serverId: '',
  description: '',
  measures: '',
  reportedAt: '',
  reportedTo: '',
};

export function toIncidentFormValues(i: StoredIncident): IncidentFormValues {
  const { id: _id, ...values } = i;
  return values;
}

/** Fills in what a partially touched form leaves undefined (a cleared select gives undefined or null). */
export function completeIncidentValues(v: Partial<IncidentFormValues>): IncidentFormValues {
  return {
    occurredAt: v.occurredAt ?? '',
    kind: v.kind ?? undefined,
    title: v.title ?? '',
    serverId: v.serverId ?? '',
    description: v.description ?? '',
    measures: v.measures ?? '',
    reportedAt: v.reportedAt ?? '',
    reportedTo: v.reportedTo ?? '',
  };
}

export function toIncidentInput(v: IncidentFormValues): IncidentInput {
  return { ...v, kind: v.kind as IncidentKind };
}

/** The field's own rule from the shared schema, then the cross-field rules (incidentRules) that land on it. */
export function checkIncidentField(field: IncidentField, values: IncidentFormValues): string | null {
  const own = (incidentFields.shape[field] as z.ZodType).safeParse(values[field] ?? EMPTY_INCIDENT[field]);
  if (!own.success) return own.error.issues[0]?.message ?? `${INCIDENT_LABELS[field]}无效`;
  const all = parseEachField(incidentFields, { ...values }, { ...EMPTY_INCIDENT, occurredAt: '0000-00-00 00:00', kind: '事件' });
  const issue = collectIssues((ctx) => incidentRules(all, ctx)).find((i) => i.path[0] === field);
  return issue?.message ?? null;
}

/** A time after now is allowed (the schema takes it) but is most likely a typing slip: say so without blocking. */
function futureTimeWarning(field: IncidentField, values: IncidentFormValues): string | null {
  if (field !== 'occurredAt' && field !== 'reportedAt') return null;
  const v = values[field];
  return v && v > nowCst() ? `${INCIDENT_LABELS[field]}晚于现在（北京时间 ${nowCst()}），请核对` : null;
}

export function incidentFieldRules(field: IncidentField, values: () => IncidentFormValues): FormRule[] {
  return [checkedBy(() => checkIncidentField(field, values())), warnedBy(() => futureTimeWarning(field, values()))];
}

/** 事故 and 案件 must be reported to the police (第十三条（五）); an unreported 事件 is worth a look. */
export const mustReport = (kind: IncidentKind): boolean => kind !== '事件';
