// 安全事件 (第十三条（五）: 安全事件、事故和案件上报制度): what happened, when, what was done, and when and to
// whom it was reported to the police.
import { z } from 'zod';
import { cstDateTimeSchema } from './dutyRoster';
import { missingOr, optionalText, requiredText } from './fieldRules';

export const INCIDENT_KINDS = ['事件', '事故', '案件'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export const INCIDENT_LABELS = {
  occurredAt: '发生时间',
  kind: '类别',
  title: '事件名称',
  serverId: '涉及服务器',
  description: '经过描述',
  measures: '处置措施',
  reportedAt: '报告公安机关时间',
  reportedTo: '接报单位及人员',
} as const;

const optionalDateTime = z
  .string()
  .trim()
  .default('')
  .refine((v) => v === '' || cstDateTimeSchema.safeParse(v).success, '时间格式应为 YYYY-MM-DD HH:mm');

export const incidentFields = z.object({
  occurredAt: z.string({ error: missingOr(INCIDENT_LABELS.occurredAt, '请填写', '时间，格式如 2026-11-24 09:30') }).trim().pipe(cstDateTimeSchema),
  kind: z.enum(INCIDENT_KINDS, { error: `请选择${INCIDENT_LABELS.kind}（事件、事故或案件）` }),
  title: requiredText(INCIDENT_LABELS.title, 100),
  serverId: z.string().max(64).default(''),
  description: requiredText(INCIDENT_LABELS.description, 5000),
  measures: optionalText(INCIDENT_LABELS.measures, 5000),
  reportedAt: optionalDateTime,
  reportedTo: optionalText(INCIDENT_LABELS.reportedTo, 200),
});

export function incidentRules<T extends z.output<typeof incidentFields>>(v: T, ctx: z.RefinementCtx): T {
  if (v.reportedAt !== '' && v.reportedAt < v.occurredAt) {
    ctx.addIssue({ code: 'custom', path: ['reportedAt'], message: `${INCIDENT_LABELS.reportedAt}不能早于${INCIDENT_LABELS.occurredAt}` });
  }
  if (v.reportedAt !== '' && v.reportedTo === '') {
    ctx.addIssue({ code: 'custom', path: ['reportedTo'], message: `已报告公安机关时请填写${INCIDENT_LABELS.reportedTo}` });
  }
  if (v.reportedAt === '' && v.reportedTo !== '') {
    ctx.addIssue({ code: 'custom', path: ['reportedAt'], message: `请填写${INCIDENT_LABELS.reportedAt}` });
  }
  return v;
}

export const storedIncidentSchema = z.object({
  id: z.string(),
  occurredAt: z.string(),
  kind: z.enum(INCIDENT_KINDS),
  title: z.string(),
  serverId: z.string(),
  description: z.string(),
  measures: z.string(),
  reportedAt: z.string(),
  reportedTo: z.string(),
});
export type StoredIncident = z.infer<typeof storedIncidentSchema>;
