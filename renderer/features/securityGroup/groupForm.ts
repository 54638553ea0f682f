import type { z } from 'zod';
import {
  GROUP_DUTIES,
  groupMemberSchema,
  SECURITY_GROUP_LABELS,
  securityGroupFields,
  trainingSchema,
  type GroupDuty,
  type SecurityGroupInput,
  type StoredSecurityGroup,
} from '../../../shared/records/securityGroup';

export type GroupMode = StoredSecurityGroup['mode'];

export interface MemberFormValue {
  personId: string | undefined;
  duty: GroupDuty | undefined;
  phone: string;
}

export interface TrainingFormValue {
  date: string;
  topic: string;
  attendeeIds: string[];
}

export interface GroupFormValues {
  mode: GroupMode;
  idcRoomName: string;
  establishedOn: string;
  leaderId: string | undefined;
  members: MemberFormValue[];
  protectionPolicy: string;
  trainings: TrainingFormValue[];
}

export type GroupField = 'mode' | 'idcRoomName' | 'establishedOn' | 'leaderId' | 'protectionPolicy';

export const EMPTY_MEMBER: MemberFormValue = { personId: undefined, duty: undefined, phone: '' };
export const EMPTY_TRAINING: TrainingFormValue = { date: '', topic: '', attendeeIds: [] };

export const EMPTY_GROUP: GroupFormValues = {
  mode: 'own',
  idcRoomName: '',
  establishedOn: '',
  leaderId: undefined,
  members: [],
  protectionPolicy: '',
  trainings: [],
};

export function toGroupFormValues(g: StoredSecurityGroup | null): GroupFormValues {
  if (!g) return { ...EMPTY_GROUP, members: [], trainings: [] };
  return {
    mode: g.mode,
    idcRoomName: g.idcRoomName,
    establishedOn: g.establishedOn,
    leaderId: g.leaderId || undefined,
    members: g.members.map((m) => ({ ...m })),
    protectionPolicy: g.protectionPolicy,
    trainings: g.trainings.map((t) => ({ ...t, attendeeIds: [...t.attendeeIds] })),
  };
}

/** Fills in what a partially touched form leaves undefined. */
export function completeGroupValues(v: Partial<GroupFormValues>): GroupFormValues {
  return {
    mode: v.mode ?? 'own',
    idcRoomName: v.idcRoomName ?? '',
    establishedOn: v.establishedOn ?? '',
    leaderId: v.leaderId || undefined,
    members: (v.members ?? []).map((m) => ({ ...EMPTY_MEMBER, ...m, phone: m?.phone ?? '' })),
    protectionPolicy: v.protectionPolicy ?? '',
    trainings: (v.trainings ?? []).map((t) => ({ ...EMPTY_TRAINING, ...t, attendeeIds: [...(t?.attendeeIds ?? [])] })),
  };
}

export function toGroupInput(v: GroupFormValues): SecurityGroupInput {
  return {
    ...v,
    leaderId: v.leaderId ?? '',
    members: v.members.map((m) => ({ personId: m.personId ?? '', duty: m.duty as GroupDuty, phone: m.phone })),
  };
}

function sameValues(a: GroupFormValues, b: GroupFormValues): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
export { sameValues as sameGroupValues };

// ---- checks, from the shared schema so the form says what the API would say ----

export function checkGroupField(field: GroupField, v: GroupFormValues): string | null {
  if (field === 'idcRoomName' && v.mode === 'idc' && v.idcRoomName.trim() === '') return '请填写负责本单位的IDC机房名称';
  if (field === 'leaderId') return null;
  const r = (securityGroupFields.shape[field] as z.ZodType).safeParse(v[field]);
  return r.success ? null : (r.error.issues[0]?.message ?? `${SECURITY_GROUP_LABELS[field]}无效`);
}

export function checkMember(v: GroupFormValues, index: number, field: keyof MemberFormValue): string | null {
  const m = v.members[index];
  if (!m) return null;
  const r = groupMemberSchema.safeParse({ ...m, personId: m.personId ?? '', duty: m.duty ?? '' });
  const own = r.success ? undefined : r.error.issues.find((i) => i.path[0] === field);
  if (own) return field === 'duty' ? `请选择${SECURITY_GROUP_LABELS.duty}（${GROUP_DUTIES.join('、')}）` : own.message;
  if (field === 'personId' && v.members.slice(0, index).some((o) => o.personId === m.personId)) return '同一人员不能重复列为成员';
  if (field === 'duty' && m.duty === '组长' && m.personId !== v.leaderId) return '组内职责为“组长”的成员应是上面所选的组长';
  return null;
}

export function checkTraining(v: GroupFormValues, index: number, field: keyof TrainingFormValue): string | null {
  const t = v.trainings[index];
  if (!t) return null;
  if (field === 'date' && t.date.trim() === '') return `请填写${SECURITY_GROUP_LABELS.trainingDate}`;
  const r = trainingSchema.safeParse(t);
  return r.success ? null : (r.error.issues.find((i) => i.path[0] === field)?.message ?? null);
}

/** A server message names its field ("成员：…"); under the field itself the label is dropped. */
export function withoutLabel(message: string): string {
  const labels = Object.values(SECURITY_GROUP_LABELS) as string[];
  const label = labels.find((l) => message.startsWith(`${l}：`));
  return label ? message.slice(label.length + 1) : message;
}
